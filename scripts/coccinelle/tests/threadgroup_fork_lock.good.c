struct task_struct;
int foo(void);
int good_goto(struct task_struct *leader)
{
	int ret;

	threadgroup_fork_write_lock(leader);
	ret = foo();
	if (ret)
		goto out_unlock;
	ret = foo();
out_unlock:
	threadgroup_fork_write_unlock(leader);
	return ret;
}

int good_cond(unsigned long clone_flags, struct task_struct *p)
{
	int ret;

	if (clone_flags & 1)
		threadgroup_fork_read_lock(p);
	ret = foo();
	if (ret)
		goto bad_fork_free;
	if (clone_flags & 1)
		threadgroup_fork_read_unlock(p);
	return 0;
bad_fork_free:
	if (clone_flags & 1)
		threadgroup_fork_read_unlock(p);
	return ret;
}

void good_void(struct task_struct *tsk)
{
	threadgroup_fork_read_lock(tsk);
	foo();
	threadgroup_fork_read_unlock(tsk);
}
