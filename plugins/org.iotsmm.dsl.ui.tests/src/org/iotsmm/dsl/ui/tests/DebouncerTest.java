package org.iotsmm.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.iotsmm.dsl.ui.Debouncer;
import org.junit.jupiter.api.Test;

/** The count of waiting runs, which the tests and the views wait on, comes back to where it was. */
class DebouncerTest {

	/**
	 * A trigger while the previous run's action is running. Before, cancelling that run counted it
	 * as never run (a running task's future still cancels) and its end counted it again: the count
	 * fell below zero for good, and every later wait for the background work timed out (seen once
	 * in CI, in the teardown of ModelsContractTest and of every test after it).
	 */
	@Test
	void aTriggerWhileTheActionRunsCountsThatRunOnce() throws Exception {
		int before = Debouncer.pendingRuns();
		CountDownLatch entered = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger runs = new AtomicInteger();
		Debouncer debouncer = new Debouncer(0, () -> {
			if (runs.incrementAndGet() == 1) {
				entered.countDown();
				try {
					release.await(10, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		});
		debouncer.trigger();
		assertTrue(entered.await(10, TimeUnit.SECONDS), "the first run started");
		debouncer.trigger(); // while the first run's action runs
		release.countDown();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while ((runs.get() < 2 || Debouncer.pendingRuns() != before) && System.nanoTime() < end) {
			Thread.sleep(5);
		}
		assertEquals(2, runs.get(), "both runs ran");
		Thread.sleep(50); // a count that went wrong stays wrong
		assertEquals(before, Debouncer.pendingRuns());
	}

	/** A run put off by the next trigger never runs, and is no longer waited for. */
	@Test
	void aTriggerBeforeTheDelayPutsTheRunOff() throws Exception {
		int before = Debouncer.pendingRuns();
		AtomicInteger runs = new AtomicInteger();
		Debouncer debouncer = new Debouncer(200, runs::incrementAndGet);
		debouncer.trigger();
		debouncer.trigger();
		assertEquals(before + 1, Debouncer.pendingRuns(), "one run waits");
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (Debouncer.pendingRuns() != before && System.nanoTime() < end) {
			Thread.sleep(5);
		}
		assertEquals(1, runs.get());
		assertEquals(before, Debouncer.pendingRuns());
		debouncer.trigger();
		debouncer.cancel();
		assertEquals(before, Debouncer.pendingRuns(), "a cancelled run is not waited for");
		Thread.sleep(300);
		assertEquals(1, runs.get(), "nor does it run");
	}
}
