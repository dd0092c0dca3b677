struct task_struct;
int foo(void);
int bad_missing(struct task_struct *leader)
{
	int ret;

	threadgroup_fork_write_lock(leader);
	ret = foo();
	if (ret)
		return ret;
	threadgroup_fork_write_unlock(leader);
	return 0;
}

int bad_double(struct task_struct *leader)
{
	threadgroup_fork_write_lock(leader);
	threadgroup_fork_write_lock(leader);
	threadgroup_fork_write_unlock(leader);
	return 0;
}

void bad_void(struct task_struct *tsk, int x)
{
	threadgroup_fork_read_lock(tsk);
	if (x)
		return;
	threadgroup_fork_read_unlock(tsk);
}

void bad_wrong_kind(struct task_struct *tsk)
{
	threadgroup_fork_read_lock(tsk);
	threadgroup_fork_write_unlock(tsk);
}

int bad_cond(unsigned long clone_flags, struct task_struct *p)
{
	int ret;

	if (clone_flags & 1)
		threadgroup_fork_read_lock(p);
	ret = foo();
	if (ret)
		return ret;
	if (clone_flags & 1)
		threadgroup_fork_read_unlock(p);
	return 0;
}

int write_lock_start(struct task_struct *p)
{
	threadgroup_fork_write_lock(p);
	return 0;
}
