int bad_labels(int ret)
{
	if (ret == 1)
		goto err1;
	if (ret == 2)
		goto out_2;
	return 0;
err1:
	return ret;
out_2:
	return 1;
}
