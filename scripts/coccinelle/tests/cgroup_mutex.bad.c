struct mutex cgroup_mutex;
int foo(void);
int bad_missing(void)
{
	mutex_lock(&cgroup_mutex);
	if (foo())
		return -1;
	mutex_unlock(&cgroup_mutex);
	return 0;
}

int bad_twice(void)
{
	cgroup_lock();
	foo();
	mutex_lock(&cgroup_mutex);
	mutex_unlock(&cgroup_mutex);
	return 0;
}

void bad_released_twice(void)
{
	cgroup_lock();
	if (foo())
		cgroup_unlock();
	cgroup_unlock();
}
