struct foo { int a; };
void use(struct foo *f);
int bad1(void)
{
	struct foo *f = NULL;

	f = kmalloc(sizeof(*f), GFP_KERNEL);
	f->a = 1;
	return 0;
}

void bad2(const char *s)
{
	char *p;

	p = kstrdup(s, GFP_KERNEL);
	p[0] = 'x';
}

void bad3(void)
{
	struct foo *f = kzalloc(sizeof(*f), GFP_KERNEL);

	use(f);
}


int bad_guarded_wrong_way(void)
{
	struct foo *a = kmalloc(sizeof(*a), GFP_KERNEL);

	return a ? 0 : a->a;
}
