# SPDX-License-Identifier: GPL-2.0
# write-latency.gp - the plot of `make bench` (tools/testing/bench/run.sh):
# one move of a whole process against its thread count, median with
# min..max bars, hosted kernel and Linux.  Run in the results directory.
set terminal pngcairo size 1000,700 font ",11"
set output "write-latency.png"
set title "Moving a process of N threads to another cgroup (median, min..max)"
set xlabel "threads in the process (N)"
set ylabel "time of the move (µs)"
set logscale xy
set key bottom right
set grid
plot \
  "plot-hosted-procs.dat" using 1:($2/1000):($3/1000):($4/1000) with yerrorlines title "hosted: one cgroup.procs write (in kernel)", \
  "plot-hosted-console-procs.dat" using 1:($2/1000):($3/1000):($4/1000) with yerrorlines title "hosted: through the console (sh -c echo)", \
  "plot-hosted-fuse-procs.dat" using 1:($2/1000):($3/1000):($4/1000) with yerrorlines title "hosted: through the FUSE mount (host write(2))", \
  "plot-hosted-tasks_oldway.dat" using 1:($2/1000):($3/1000):($4/1000) with yerrorlines title "hosted: old way, one tasks write per thread", \
  "plot-linux-procs.dat" using 1:($2/1000):($3/1000):($4/1000) with yerrorlines title "Linux: one cgroup.procs write", \
  "plot-linux-tasks_oldway.dat" using 1:($2/1000):($3/1000):($4/1000) with yerrorlines title "Linux: old way, one tasks write per thread"
