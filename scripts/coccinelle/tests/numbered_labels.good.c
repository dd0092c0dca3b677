int good_labels(int ret)
{
	if (ret)
		goto out_free_group;
	return 0;
out_free_group:
	return ret;
}
