struct foo { int a; };
void use(struct foo *f);
int good1(void)
{
	struct foo *f;

	f = kmalloc(sizeof(*f), GFP_KERNEL);
	if (!f)
		return -ENOMEM;
	f->a = 1;
	return 0;
}

struct foo *good2(void)
{
	struct foo *f = kzalloc(sizeof(*f), GFP_KERNEL);

	return f;
}

void good3(struct kunit *test)
{
	struct foo *f = kzalloc(sizeof(*f), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, f);
	f->a = 2;
	kfree(f);
}

int good4(void)
{
	struct foo **arr = kcalloc(4, sizeof(*arr), GFP_KERNEL);

	if (unlikely(arr == NULL))
		return -ENOMEM;
	use(arr[0]);
	return 0;
}


int good_guarded(void)
{
	struct foo *a = kmalloc(sizeof(*a), GFP_KERNEL);
	int v = a ? a->a : 0;

	kfree(a);
	return v;
}
