#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# checkmaintainers.sh - MAINTAINERS is well formed and covers the tree
# (Documentation/process/style.txt 11; part of `make lint`).
#
#   - entries follow the "Maintainers List" line, are in alphabetical
#     order (LC_ALL=C) with THE REST last, and each has an M: or L:, an
#     S: with one of Linux's status words, and at least one F:;
#   - every tracked file (and every untracked file git does not ignore)
#     matches an F: pattern of some entry other than THE REST, and no X:
#     of that entry.  THE REST (F: *, F: */) names who to ask about
#     anything; it does not count as an owner here.
#
# Patterns as in Linux's get_maintainer.pl: `dir/` is everything below
# dir; `*` and `?` do not cross a `/`; a pattern naming an existing
# directory without the slash is taken as `dir/`.
#
#	scripts/checkmaintainers.sh [--strict]
#
# --strict also reports F: patterns that match no file (stale entries).

set -euo pipefail
. "$(dirname "$0")/checks-common.sh"

[ -f MAINTAINERS ] || die "MAINTAINERS missing"
all_files | perl -e '
use strict;
use warnings;

my $strict = ($ARGV[0] // "") eq "--strict";
my @files = map { chomp; $_ } <STDIN>;
my %is_dir;
for my $f (@files) {
	my @p = split m{/}, $f;
	pop @p;
	$is_dir{join("/", @p[0 .. $_])} = 1 for 0 .. $#p;
}

sub to_re {
	my ($pat) = @_;
	$pat .= "/" if $pat !~ m{[*?]} && $pat !~ m{/$} && $is_dir{$pat};
	my $re = "";
	for my $c (split //, $pat) {
		if ($c eq "*") { $re .= "[^/]*" }
		elsif ($c eq "?") { $re .= "[^/]" }
		else { $re .= quotemeta($c) }
	}
	$re .= ".*" if $pat =~ m{/$};
	return qr/^$re$/;
}

open(my $m, "<", "MAINTAINERS") or die "MAINTAINERS: $!\n";
my ($in_list, $cur, $err) = (0, undef, 0);
my @entries;
my $ln = 0;
while (my $line = <$m>) {
	$ln++;
	chomp $line;
	if (!$in_list) {
		$in_list = 1 if $line =~ /^Maintainers List/;
		next;
	}
	next if $line =~ /^\s*-+\s*$/ || $line =~ /^\s*$/ && !$cur;
	if ($line =~ /^\s*$/) { $cur = undef; next; }
	if ($line =~ /^([A-Z]):\s*(.*)$/) {
		if (!$cur) {
			print "MAINTAINERS:$ln: tag line outside an entry\n";
			$err++;
			next;
		}
		push @{$cur->{$1}}, $2;
		next;
	}
	if ($cur) {
		print "MAINTAINERS:$ln: \"$line\": entries are separated by a blank line\n";
		$err++;
	}
	$cur = { title => $line, line => $ln };
	push @entries, $cur;
}
if (!$in_list) {
	print "MAINTAINERS: no \"Maintainers List\" line before the entries\n";
	exit 1;
}

my %status = map { $_ => 1 } ("Supported", "Maintained", "Odd Fixes",
			       "Orphan", "Obsolete", "Buried alive in reporters");
my @titles;
for my $e (@entries) {
	my $t = $e->{title};
	push @titles, $t unless $t eq "THE REST";
	if (!$e->{M} && !$e->{L}) {
		print "MAINTAINERS:$e->{line}: $t: no M: or L:\n"; $err++;
	}
	if (!$e->{S} || !$status{$e->{S}[0]}) {
		print "MAINTAINERS:$e->{line}: $t: S: missing or not a status word\n"; $err++;
	}
	if (!$e->{F}) {
		print "MAINTAINERS:$e->{line}: $t: no F:\n"; $err++;
	}
	$e->{Fre} = [ map { to_re($_) } @{$e->{F} // []} ];
	$e->{Xre} = [ map { to_re($_) } @{$e->{X} // []} ];
}
if (@entries && $entries[-1]{title} ne "THE REST" &&
    grep { $_->{title} eq "THE REST" } @entries) {
	print "MAINTAINERS: THE REST must be the last entry\n"; $err++;
}
{
	local $ENV{LC_ALL} = "C";
	for my $i (1 .. $#titles) {
		if ($titles[$i - 1] ge $titles[$i]) {
			print "MAINTAINERS: \"$titles[$i]\" must sort before \"$titles[$i - 1]\"\n";
			$err++;
		}
	}
}

my @owners = grep { $_->{title} ne "THE REST" } @entries;
my %used;
for my $f (@files) {
	my $covered = 0;
	for my $e (@owners) {
		next if grep { $f =~ $_ } @{$e->{Xre}};
		for my $i (0 .. $#{$e->{Fre}}) {
			next unless $f =~ $e->{Fre}[$i];
			$used{"$e->{title}\0$i"} = 1;
			$covered = 1;
		}
	}
	next if $covered;
	print "MAINTAINERS: $f: no entry covers it (add an F: line)\n";
	$err++;
}
if ($strict) {
	for my $e (@owners) {
		for my $i (0 .. $#{$e->{F}}) {
			next if $used{"$e->{title}\0$i"};
			print "MAINTAINERS: $e->{title}: F: $e->{F}[$i] matches no file\n";
		}
	}
}
if ($err) {
	print "checkmaintainers: FAILED ($err problem(s))\n";
	exit 1;
}
printf "checkmaintainers: %d entries cover all %d files\n", scalar @entries, scalar @files;
' -- "$@"
