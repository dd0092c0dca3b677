struct mutex cgroup_mutex;
int foo(void);
int good(void)
{
	int ret = 0;

	mutex_lock(&cgroup_mutex);
	if (foo()) {
		ret = -1;
		goto out_unlock;
	}
	foo();
out_unlock:
	mutex_unlock(&cgroup_mutex);
	return ret;
}

void good2(void)
{
	cgroup_lock();
	if (foo()) {
		cgroup_unlock();
		return;
	}
	cgroup_unlock();
}

void cgroup_procs_write_start(void)
{
	mutex_lock(&cgroup_mutex);
}

void cgroup_procs_write_finish(void)
{
	mutex_unlock(&cgroup_mutex);
}
