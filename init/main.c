// SPDX-License-Identifier: GPL-2.0
/*
 * main.c - boot and shutdown: start_kernel(), the first tasks, initcalls
 * and the first program.
 *
 * Boot order (the host's main() calls start_kernel() on its thread):
 *  1. the boot host thread runs as init_task (pid 0, "swapper", static);
 *     banner; kernel parameters (`key=value` words before the program);
 *  2. pid numbers, credentials, cgroup_init_early();
 *  3. init (pid 1) is forked from the idle task, then kthreadd (pid 2),
 *     which from now on creates every kernel thread;
 *  4. the boot host thread becomes init and, as init: creates the
 *     per-CPU kernel threads (ksoftirqd/N, migration/N: PF_THREAD_BOUND),
 *     runs the core, subsys and fs initcalls, cgroup_init(), the late
 *     initcalls, then execs the program the command line names and runs
 *     it: `./vmlinux [params] [prog[=arg]] [args]`, `./vmlinux -c 'cmds'`
 *     (= "sh -c cmds"), default "sh"; with `--fuse DIR` among the params
 *     the file tree is mounted on the host directory DIR first;
 *  5. shutdown, when the program returns: the FUSE export (if any) is
 *     unmounted, the remaining processes are
 *     killed and reaped, the per-CPU threads stopped, init exits, then
 *     kthreadd is stopped and the kernel quiesced (kthreads_quiesce():
 *     every kernel thread ended, every deferred free run); objects still
 *     live are reported (always with `debug`, else at loglevel 7).
 * start_kernel() returns the program's exit status.
 *
 * Locks: none of its own; boot runs on one host thread until kthreadd
 * starts.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/init.h>
#include <linux/init_task.h>
#include <linux/nsproxy.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <linux/kthread.h>
#include <linux/pid.h>
#include <linux/pid_namespace.h>
#include <linux/cred.h>
#include <linux/cgroup.h>
#include <linux/cpumask.h>
#include <linux/wait.h>
#include <linux/moduleparam.h>
#include <linux/spawn.h>
#include <linux/freezer.h>
#include <linux/fuse_export.h>
#include <host_ops.h>

/* How long the last kernel threads may take to end at shutdown. */
#define SHUTDOWN_QUIESCE_MS	10000

/* ------------------------------------------------------------------ */
/* The idle task and its process */

struct signal_struct init_signals = {
	.sigcnt		= REFCOUNT_INIT(1),
	.live		= ATOMIC_INIT(1),
	.nr_threads	= 1,
	.thread_head	= { &init_task.thread_node, &init_task.thread_node },
	.siglock	= __SPIN_LOCK_UNLOCKED(init_signals.siglock),
	.wait_chldexit	= __WAIT_QUEUE_HEAD_INITIALIZER(init_signals.wait_chldexit),
	.group_exit_wait = __WAIT_QUEUE_HEAD_INITIALIZER(init_signals.group_exit_wait),
	INIT_THREADGROUP_FORK_LOCK(init_signals)
};

struct task_struct init_task = {
	.state		= TASK_RUNNING,
	.usage		= REFCOUNT_INIT(2),
	.flags		= PF_KTHREAD | PF_IDLE,
	.prio		= DEFAULT_PRIO,
	.static_prio	= DEFAULT_PRIO,
	.normal_prio	= DEFAULT_PRIO,
	.policy		= SCHED_NORMAL,
	.bound_cpu	= -1,
	.tasks		= LIST_HEAD_INIT(init_task.tasks),
	.exit_signal	= -1,
	.pid		= 0,
	.tgid		= 0,
	.real_parent	= RCU_INITIALIZER(&init_task),
	.parent		= RCU_INITIALIZER(&init_task),
	.children	= LIST_HEAD_INIT(init_task.children),
	.sibling	= LIST_HEAD_INIT(init_task.sibling),
	.group_leader	= &init_task,
	.pids		= { [PIDTYPE_PID] = { .pid = &init_struct_pid } },
	.thread_node	= { &init_signals.thread_head,
			    &init_signals.thread_head },
	.real_cred	= RCU_INITIALIZER(&init_cred),
	.cred		= RCU_INITIALIZER(&init_cred),
	.comm		= INIT_TASK_COMM,
	.signal		= &init_signals,
	.alloc_lock	= __SPIN_LOCK_UNLOCKED(init_task.alloc_lock),
	.nsproxy	= &init_nsproxy,
#ifdef CONFIG_CGROUPS
	.cgroups	= RCU_INITIALIZER(&init_css_set),
	.cg_list	= LIST_HEAD_INIT(init_task.cg_list),
#endif
	.call_wait	= __WAIT_QUEUE_HEAD_INITIALIZER(init_task.call_wait),
};

/* init (pid 1): adopts orphans. Set once at boot, before other threads. */
struct task_struct *child_reaper;

char *saved_command_line;

/* ------------------------------------------------------------------ */
/* Programs and initcalls: linker sections (see <linux/init.h>) */

/**
 * find_user_program() - look a registered program up by name
 * @name: "sh", "kunit", ...
 * Context: any.
 * Return: the program, or NULL.
 */
const struct user_program *find_user_program(const char *name)
{
	const struct user_program *prog;

	for (prog = __start_user_programs; prog < __stop_user_programs; prog++)
		if (!strcmp(prog->name, name))
			return prog;
	return NULL;
}

static const char * const initcall_level_names[] = {
	"core", "subsys", "fs", "late",
};

static void __init do_initcall_level(int level, const initcall_t *start,
				     const initcall_t *end)
{
	const initcall_t *fn;
	int ret;

	for (fn = start; fn < end; fn++) {
		ret = (*fn)();
		if (ret)
			pr_warn("initcall %ps (%s) returned %d\n", *fn,
				initcall_level_names[level], ret);
	}
}

/* ------------------------------------------------------------------ */
/* Kernel parameters */

static bool boot_debug;

static int __init parse_one_param(char *word)
{
	const struct kernel_param *kp;
	char *val = strchr(word, '=');
	int n, ret;

	if (val)
		*val++ = '\0';

	if (!strcmp(word, "debug") && !val) {
		boot_debug = true;
		console_loglevel = 10;
		return 0;
	}
	if (!strcmp(word, "quiet") && !val) {
		console_loglevel = 4;
		return 0;
	}
	if (val && !strcmp(word, "loglevel")) {
		ret = kstrtoint(val, 0, &n);
		if (!ret)
			console_loglevel = n;
		return ret;
	}
	if (val && !strcmp(word, "pid_max")) {
		ret = kstrtoint(val, 0, &n);
		return ret ? ret : set_pid_max(n);
	}
	if (val && !strcmp(word, "nr_cpus")) {
		ret = kstrtoint(val, 0, &n);
		return ret ? ret : set_nr_cpu_ids(n);
	}
	/* memory nodes: Linux's numa=fake=N, or nr_nodes=N */
	if (val && !strcmp(word, "numa") && !strncmp(val, "fake=", 5)) {
		ret = kstrtoint(val + 5, 0, &n);
		return ret ? ret : set_nr_node_ids(n);
	}
	if (val && !strcmp(word, "nr_nodes")) {
		ret = kstrtoint(val, 0, &n);
		return ret ? ret : set_nr_node_ids(n);
	}
	kp = find_kernel_param(word);
	if (kp)
		return kp->ops->set(val, kp);
	return -ENOENT;
}

/* Is @word a kernel parameter (as opposed to the program)? */
static bool __init is_kernel_param(const char *word)
{
	static const char * const builtin[] = {
		"debug", "quiet", "loglevel", "pid_max", "nr_cpus",
		"numa", "nr_nodes",
	};
	char key[64];
	size_t len = strcspn(word, "=");
	unsigned int i;

	if (len >= sizeof(key))
		return false;
	memcpy(key, word, len);
	key[len] = '\0';
	for (i = 0; i < ARRAY_SIZE(builtin); i++)
		if (!strcmp(key, builtin[i]))
			return true;
	return !!find_kernel_param(key);
}

/*
 * --fuse DIR (or --fuse=DIR), among the parameters: export the file tree
 * on the host directory DIR while the program runs (arch/host/fuse_kern.c).
 */
static char *fuse_dir;

/*
 * The program and its argv: "-c CMDS..." -> sh -c CMDS; "name[=arg]"
 * -> the program "name" with argv[0] the whole word; nothing -> sh.
 */
struct boot_program {
	const struct user_program *prog;
	char name[TASK_COMM_LEN];
	int argc;
	char **argv;
	bool argv_allocated;
};

static int __init parse_command_line(int argc, char **argv,
				     struct boot_program *bp)
{
	int i, first, n;

	for (i = 1; i < argc; i++) {
		char *word;
		int ret;

		if (!strcmp(argv[i], "--fuse") && i + 1 < argc) {
			fuse_dir = argv[++i];
			continue;
		}
		if (!strncmp(argv[i], "--fuse=", 7)) {
			fuse_dir = argv[i] + 7;
			continue;
		}
		if (!is_kernel_param(argv[i]))
			break;
		word = kstrdup(argv[i], GFP_KERNEL);
		if (!word)
			return -ENOMEM;
		ret = parse_one_param(word);
		if (ret)
			pr_warn("Kernel parameter '%s': error %d\n", argv[i],
				ret);
		kfree(word);
	}
	first = i;

	if (first == argc) {
		bp->argv = kcalloc(2, sizeof(char *), GFP_KERNEL);
		if (!bp->argv)
			return -ENOMEM;
		bp->argv_allocated = true;
		bp->argv[0] = "sh";
		bp->argc = 1;
		strscpy(bp->name, "sh", sizeof(bp->name));
	} else if (!strcmp(argv[first], "-c")) {
		n = argc - first + 1;
		bp->argv = kcalloc(n + 1, sizeof(char *), GFP_KERNEL);
		if (!bp->argv)
			return -ENOMEM;
		bp->argv_allocated = true;
		bp->argv[0] = "sh";
		for (i = first; i < argc; i++)
			bp->argv[i - first + 1] = argv[i];
		bp->argc = n;
		strscpy(bp->name, "sh", sizeof(bp->name));
	} else {
		n = argc - first;
		bp->argv = kcalloc(n + 1, sizeof(char *), GFP_KERNEL);
		if (!bp->argv)
			return -ENOMEM;
		bp->argv_allocated = true;
		for (i = first; i < argc; i++)
			bp->argv[i - first] = argv[i];
		bp->argc = n;
		n = strcspn(argv[first], "=");
		if (n >= (int)sizeof(bp->name))
			n = sizeof(bp->name) - 1;
		memcpy(bp->name, argv[first], n);
		bp->name[n] = '\0';
	}
	bp->prog = find_user_program(bp->name);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Per-CPU kernel threads */

static struct task_struct *percpu_threads[2 * NR_CPUS];
static int nr_percpu_threads;

/* ksoftirqd/N and migration/N have no work here: they exist, bound. */
static int percpu_thread_fn(void *unused)
{
	wait_event(*kthread_wait_queue(current), kthread_should_stop());
	return 0;
}

static void __init start_percpu_threads(void)
{
	static const struct sched_param fifo_max = {
		.sched_priority = MAX_RT_PRIO - 1,
	};
	struct task_struct *p;
	unsigned int cpu;

	for_each_possible_cpu(cpu) {
		p = kthread_create_on_cpu(percpu_thread_fn, NULL, cpu,
					  "ksoftirqd/%u");
		if (!IS_ERR(p)) {
			percpu_threads[nr_percpu_threads++] = p;
			wake_up_process(p);
		}
		p = kthread_create_on_cpu(percpu_thread_fn, NULL, cpu,
					  "migration/%u");
		if (!IS_ERR(p)) {
			sched_setscheduler_nocheck(p, SCHED_FIFO, &fifo_max);
			percpu_threads[nr_percpu_threads++] = p;
			wake_up_process(p);
		}
	}
}

static void stop_percpu_threads(void)
{
	while (nr_percpu_threads > 0)
		kthread_stop(percpu_threads[--nr_percpu_threads]);
}

/* ------------------------------------------------------------------ */
/* init */

/* Kill every process left and reap init's children. */
static void reap_everything(void)
{
	int status;
	long ret;

	/* a churn driver may be parked in the refrigerator: let it go */
	freezer_shutdown();
	spawn_shutdown();
	kernel_kill_every_process(SIGKILL);
	do {
		ret = kernel_wait4(-1, &status, 0);
	} while (ret > 0);
}

static int kernel_init(struct boot_program *bp)
{
	int status;

	start_percpu_threads();

	do_initcall_level(0, __start_initcall1, __stop_initcall1);
	do_initcall_level(1, __start_initcall2, __stop_initcall2);
	do_initcall_level(2, __start_initcall3, __stop_initcall3);
	if (cgroup_init())
		pr_err("cgroup_init failed\n");
	do_initcall_level(3, __start_initcall4, __stop_initcall4);

	if (fuse_dir && fuse_export_start(fuse_dir)) {
		fuse_dir = NULL;
		status = 1;
		goto shutdown;
	}

	if (!bp->prog) {
		pr_err("No program '%s' registered; available:\n", bp->name);
		for (bp->prog = __start_user_programs;
		     bp->prog < __stop_user_programs; bp->prog++)
			pr_err("  %s\n", bp->prog->name);
		status = 127;
		goto shutdown;
	}

	if (kernel_execve(bp->name, (const char *const *)bp->argv)) {
		pr_err("init: cannot exec %s\n", bp->name);
		status = 126;
		goto shutdown;
	}
	status = bp->prog->main(bp->argc, bp->argv);

shutdown:
	if (fuse_dir)
		fuse_export_stop();
	reap_everything();
	stop_percpu_threads();
	return status;
}

static struct task_struct * __init fork_init_task(void)
{
	struct kernel_clone_args args = {
		.flags		= 0,
		.exit_signal	= -1,
		.kthread	= true,
		.name		= "init",
	};

	return copy_process(&args);
}

/**
 * start_kernel() - boot, run the first program, shut down
 * @argc: the host's argc
 * @argv: the host's argv: [params] [program[=arg]] [args]
 * Context: the host's main thread, once.
 * Return: the program's exit status (127: no such program).
 */
int start_kernel(int argc, char **argv)
{
	struct boot_program bp = { };
	struct task_struct *init;
	long live_at_boot, leaked;
	int status;

	task_call_own(&init_task);
	live_at_boot = host_ops.mem_live();
	saved_command_line = argc > 1 ? argv[1] : "";

	pr_notice("Linux version 3.0.0-hosted (a hosted kernel tree) #1 SMP\n");
	if (parse_command_line(argc, argv, &bp))
		panic("out of memory parsing the command line");
	cpumask_copy(&init_task.cpus_allowed, cpu_possible_mask);
	init_task.mems_allowed = node_possible_map;

	pidmap_init();
	cred_init();
	cgroup_init_early();

	init = fork_init_task();
	if (IS_ERR(init))
		panic("cannot create init: %ld", PTR_ERR(init));
	child_reaper = init;
	init_pid_ns.child_reaper = init;
	if (kthreadd_start())
		panic("cannot create kthreadd");

	/* The boot host thread becomes init. */
	task_call_disown(&init_task, NULL);
	task_call_own(init);
	status = kernel_init(&bp);

	/* init exits: nothing is left for it to adopt */
	do_exit(W_EXITCODE(status & 0xff, 0));
	task_call_disown(init, NULL);
	write_lock(&tasklist_lock);
	child_reaper = NULL;
	init_pid_ns.child_reaper = &init_task;
	write_unlock(&tasklist_lock);
	put_task_struct(init);

	task_call_own(&init_task);
	kthreadd_stop();
	/* every kernel thread has ended: wait for their last frees */
	kthreads_quiesce(0, SHUTDOWN_QUIESCE_MS);

	if (bp.argv_allocated)
		kfree(bp.argv);

	leaked = host_ops.mem_live() - live_at_boot;
	if (leaked && boot_debug)
		pr_warn("shutdown: %ld object%s still allocated\n", leaked,
			leaked == 1 ? "" : "s");
	else if (leaked)
		pr_debug("shutdown: %ld object%s still allocated\n", leaked,
			 leaked == 1 ? "" : "s");
	task_call_disown(&init_task, NULL);
	return status;
}
