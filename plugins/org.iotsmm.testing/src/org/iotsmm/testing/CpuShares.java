package org.iotsmm.testing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who had the processors while the UI thread stalled (Linux only, from /proc; elsewhere every
 * reading is empty): the CPU time of each thread of this JVM (the collector's and the compiler's
 * threads included, which Java's thread beans do not list) and of the other processes' total, the
 * machine's steal time (the hypervisor running someone else on our virtual processors) and the
 * kernel's CPU pressure (time some task waited for a processor). Thread times come in clock ticks
 * of 10 ms: one stall says little, the sum over all stalls of a run says where the time went.
 */
final class CpuShares {

	private static final Path SELF_TASKS = Path.of("/proc/self/task");
	private static final long MS_PER_TICK = 10; // USER_HZ is 100 on every Linux the JVM runs on

	/** One reading: ticks per thread ("name" keyed by tid), the machine's ticks, pressure in µs. */
	record Reading(Map<Long, Thread> threads, long machineBusyTicks, long machineStealTicks, long ownTicks, long pressureMicros) {
		record Thread(String name, long ticks) {
		}
	}

	/** What a stall's window shows: filled in by {@link #between}. */
	record Window(long machineBusyMs, long stealMs, long othersMs, long pressureMs, Map<String, Long> threadMs) {
	}

	private CpuShares() {
	}

	static Reading read() {
		Map<Long, Reading.Thread> threads = new HashMap<>();
		long own = 0;
		if (Files.isDirectory(SELF_TASKS)) {
			try (DirectoryStream<Path> tasks = Files.newDirectoryStream(SELF_TASKS)) {
				for (Path task : tasks) {
					try {
						String stat = Files.readString(task.resolve("stat"));
						// "tid (name) state ..." - the name may hold spaces and parentheses
						int open = stat.indexOf('(');
						int close = stat.lastIndexOf(')');
						String[] fields = stat.substring(close + 2).split(" ");
						long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
						threads.put(Long.parseLong(task.getFileName().toString()), new Reading.Thread(stat.substring(open + 1, close), ticks));
						own += ticks;
					} catch (IOException | RuntimeException gone) {
						// the thread ended while we read
					}
				}
			} catch (IOException | RuntimeException e) {
				return new Reading(Map.of(), 0, 0, 0, 0);
			}
		}
		long busy = 0;
		long steal = 0;
		try {
			String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0); // cpu user nice system idle iowait irq softirq steal
			String[] fields = cpu.trim().split("\\s+");
			for (int i = 1; i <= 7; i++) {
				if (i != 4 && i != 5) {
					busy += Long.parseLong(fields[i]);
				}
			}
			steal = Long.parseLong(fields[8]);
		} catch (IOException | RuntimeException e) {
			// not Linux
		}
		long pressure = 0;
		try {
			String some = Files.readAllLines(Path.of("/proc/pressure/cpu")).get(0);
			pressure = Long.parseLong(some.substring(some.indexOf("total=") + 6).trim());
		} catch (IOException | RuntimeException e) {
			// no pressure stall information in this kernel
		}
		return new Reading(threads, busy, steal, own, pressure);
	}

	/** The CPU time between two readings: per thread name (numbers folded: "ZWorker#1" -> "ZWorker#"). */
	static Window between(Reading before, Reading after) {
		Map<String, Long> byName = new HashMap<>();
		after.threads().forEach((tid, thread) -> {
			Reading.Thread earlier = before.threads().get(tid);
			long ticks = thread.ticks() - (earlier == null ? 0 : earlier.ticks());
			if (ticks > 0) {
				byName.merge(thread.name().replaceAll("[0-9]+", ""), ticks * MS_PER_TICK, Long::sum);
			}
		});
		long machine = (after.machineBusyTicks() - before.machineBusyTicks()) * MS_PER_TICK;
		long own = (after.ownTicks() - before.ownTicks()) * MS_PER_TICK;
		return new Window(machine, (after.machineStealTicks() - before.machineStealTicks()) * MS_PER_TICK, Math.max(0, machine - own),
				(after.pressureMicros() - before.pressureMicros()) / 1000, byName);
	}

	/** Sums windows: the figures of all stalls of a run. */
	static Window sum(List<Window> windows) {
		Map<String, Long> byName = new HashMap<>();
		long machine = 0;
		long steal = 0;
		long others = 0;
		long pressure = 0;
		for (Window window : windows) {
			machine += window.machineBusyMs();
			steal += window.stealMs();
			others += window.othersMs();
			pressure += window.pressureMs();
			window.threadMs().forEach((name, ms) -> byName.merge(name, ms, Long::sum));
		}
		return new Window(machine, steal, others, pressure, byName);
	}

	/** "machine busy 120 ms (steal 0), other processes 40, CPU pressure 55; this JVM: main 30, ZWorker# 20, ..." */
	static String describe(Window window, int threads) {
		List<Map.Entry<String, Long>> top = new ArrayList<>(window.threadMs().entrySet());
		top.sort(Map.Entry.<String, Long>comparingByValue().reversed());
		List<String> parts = new ArrayList<>();
		for (Map.Entry<String, Long> entry : top.subList(0, Math.min(threads, top.size()))) {
			parts.add("'" + entry.getKey() + "' " + entry.getValue());
		}
		return String.format("processors busy %d ms (of which steal %d, other processes %d), CPU pressure %d ms; this JVM's threads (ms, 10 ms ticks): %s",
				window.machineBusyMs(), window.stealMs(), window.othersMs(), window.pressureMs(), parts.isEmpty() ? "none" : String.join(", ", parts));
	}
}
