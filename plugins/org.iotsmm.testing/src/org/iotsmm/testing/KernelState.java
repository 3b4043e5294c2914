package org.iotsmm.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the kernel says one thread is doing (Linux only, from /proc): running or waiting for a
 * processor ({@code R}), or asleep ({@code S}, {@code D}) in a system call, with the kernel
 * function it sleeps in. A stall in which the UI thread neither ran nor waited for a processor
 * was waiting for something: {@code poll} is the X server's answer, {@code futex} a lock or a
 * condition (a native one, when Java calls the thread RUNNABLE).
 */
final class KernelState {

	/** The x86-64 numbers of the calls a UI thread sleeps in; others print as their number. */
	private static final Map<String, String> SYSTEM_CALLS = Map.ofEntries(Map.entry("0", "read"), Map.entry("1", "write"),
			Map.entry("7", "poll"), Map.entry("20", "writev"), Map.entry("23", "select"), Map.entry("35", "nanosleep"),
			Map.entry("44", "sendto"), Map.entry("45", "recvfrom"), Map.entry("46", "sendmsg"), Map.entry("47", "recvmsg"),
			Map.entry("202", "futex"), Map.entry("230", "clock_nanosleep"), Map.entry("232", "epoll_wait"),
			Map.entry("270", "pselect6"), Map.entry("271", "ppoll"), Map.entry("281", "epoll_pwait"));

	private final Path task;

	private KernelState(Path task) {
		this.task = task;
	}

	/** The calling thread's entry, or null where there is no /proc. */
	static KernelState ofCurrentThread() {
		try {
			return new KernelState(Path.of("/proc").resolve(Files.readSymbolicLink(Path.of("/proc/thread-self"))));
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			return null;
		}
	}

	/** "R", or e.g. "S in futex_wait_queue (futex)"; "?" when it cannot be read. */
	String read() {
		try {
			String stat = Files.readString(task.resolve("stat"));
			String state = stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
			if (state.equals("R")) {
				return "R";
			}
			String wchan = Files.readString(task.resolve("wchan")).trim();
			String call = Files.readString(task.resolve("syscall")).trim().split(" ")[0];
			return state + " in " + wchan + " (" + SYSTEM_CALLS.getOrDefault(call, call) + ")";
		} catch (IOException | RuntimeException e) {
			return "?";
		}
	}
}
