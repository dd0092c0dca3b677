/* SPDX-License-Identifier: GPL-2.0 */
/*
 * fdtable.h - the hooks fork and exit call on a task's open files and
 * fs context (root/cwd).  The types and these functions live in fs/
 * (H5); kernel/fork.c and kernel/exit.c only call them.
 */
#ifndef _LINUX_FDTABLE_H
#define _LINUX_FDTABLE_H

struct task_struct;

/*
 * copy_files() - give @tsk a files_struct: shared with current's
 * (CLONE_FILES, taking a reference) or a copy of it.  May fail (-ENOMEM);
 * then tsk->files is left as it was found (NULL or current's, not
 * referenced).  copy_fs() - the same for tsk->fs with CLONE_FS.
 * exit_files()/exit_fs() - drop @tsk's reference and set the pointer
 * to NULL (under task_lock).  All: Context: process.
 */
int copy_files(unsigned long clone_flags, struct task_struct *tsk);
int copy_fs(unsigned long clone_flags, struct task_struct *tsk);
void exit_files(struct task_struct *tsk);
void exit_fs(struct task_struct *tsk);

#endif /* _LINUX_FDTABLE_H */
