#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# install-deps.sh - install the Debian 12 packages the build and the checks
# need (`make deps`; called by `make run` and `make check`).
#
# Quick and silent when everything is present: one dpkg-query call.  When
# something is missing it runs `apt-get update` once, then installs only
# the missing packages, non-interactively (CI has no stdin), as root or
# through sudo.  Set DEPS_DRY_RUN=1 to print what would be installed.

set -euo pipefail

# One package a line: what needs it.
PACKAGES=(
	gcc		# kernel and host objects
	make		# Kbuild-lite
	kconfig-frontends-nox	# Kconfig: kconfig-conf, -mconf, -nconf, -merge, -tweak
	binutils	# nm (scripts/check-seam.sh), ld -r
	clang		# `make tsa`: -Wthread-safety over the kernel side
	sparse		# `make C=1` / `make sparse`
	coccinelle	# `make coccicheck`
	perl		# checkpatch.pl and kernel-doc
	xz-utils	# unpacking checkpatch.pl from the linux-source tarball
	liburcu-dev	# host RCU (arch/host)
	libfuse3-dev	# the FUSE bridge (arch/host)
	fuse3		# fusermount3, to mount the kernel's cgroupfs for real
	attr		# getfattr: the FUSE selftest of user.statfs.f_type
	linux-source-6.1	# checkpatch.pl, kernel-doc, spelling.txt
	gnuplot-nox	# `make bench` plots
	user-mode-linux	# run_real_kernel.sh: test_procs_atomic on Linux 6.1 (UML)
)

want=("${PACKAGES[@]}")

missing=()
# dpkg-query prints "ii" for installed packages; unknown names make it fail
# with a message we do not want to show.
status=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${want[@]}" \
	2>/dev/null || true)
for pkg in "${want[@]}"; do
	if ! grep -Eq "^${pkg}(:[a-z0-9]+)? ii" <<<"$status"; then
		missing+=("$pkg")
	fi
done

if [ ${#missing[@]} -eq 0 ]; then
	exit 0
fi

echo "install-deps: missing packages: ${missing[*]}"
if [ "${DEPS_DRY_RUN:-0}" = 1 ]; then
	exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
	SUDO=()
elif command -v sudo >/dev/null 2>&1; then
	SUDO=(sudo -n)
else
	echo "install-deps: not root and no sudo: install ${missing[*]} by hand" >&2
	exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt_opts=(-y -q -o Dpkg::Use-Pty=0 --no-install-recommends)

echo "install-deps: apt-get update"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q update </dev/null
echo "install-deps: apt-get install ${missing[*]}"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
	apt-get install "${apt_opts[@]}" "${missing[@]}" </dev/null

# Verify: a package that did not install is an error, not a warning.
still=()
for pkg in "${missing[@]}"; do
	if ! dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null |
			grep -q '^ii'; then
		still+=("$pkg")
	fi
done
if [ ${#still[@]} -ne 0 ]; then
	echo "install-deps: failed to install: ${still[*]}" >&2
	exit 1
fi
echo "install-deps: done"
