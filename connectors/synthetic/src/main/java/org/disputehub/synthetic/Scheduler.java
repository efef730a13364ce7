package org.disputehub.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Runs actions in time order. A record that will change later (a hotline order's next version,
 * a petition's next state) schedules that change; only what is still to come is held in memory.
 * Later days wait in plain lists, sorted once when their day comes; only tasks added for the
 * current day go through a priority queue.
 */
final class Scheduler {

    private record Task(long at, long order, Runnable action) implements Comparable<Task> {

        @Override
        public int compareTo(Task other) {
            return at != other.at ? Long.compare(at, other.at) : Long.compare(order, other.order);
        }
    }

    private final PriorityQueue<Task> addedToday = new PriorityQueue<>();
    private List<Task> plannedToday = List.of();
    private int nextPlanned;
    private final Map<Long, List<Task>> later = new HashMap<>();
    private long currentDay;
    private long lastDay;
    private long scheduled;
    private long now = Long.MIN_VALUE;

    Scheduler(long firstInstant) {
        this.currentDay = Times.epochDay(firstInstant) - 1;
        this.lastDay = currentDay;
    }

    void at(long at, Runnable action) {
        if (at < now) {
            throw new IllegalStateException("cannot schedule into the past");
        }
        Task task = new Task(at, scheduled++, action);
        long day = Times.epochDay(at);
        if (day <= currentDay) {
            addedToday.add(task);
        }
        else {
            later.computeIfAbsent(day, d -> new ArrayList<>()).add(task);
            lastDay = Math.max(lastDay, day);
        }
    }

    /** Runs every task due before {@code end}, including tasks those tasks schedule. */
    void runUntil(long end) {
        while (true) {
            Task planned = nextPlanned < plannedToday.size() ? plannedToday.get(nextPlanned) : null;
            Task added = addedToday.peek();
            Task next = planned == null || added != null && added.compareTo(planned) < 0 ? added : planned;
            if (next != null) {
                if (next.at() >= end) {
                    return;
                }
                if (next == planned) {
                    nextPlanned++;
                }
                else {
                    addedToday.poll();
                }
                now = next.at();
                next.action().run();
                continue;
            }
            long nextDay = currentDay + 1;
            if (nextDay > lastDay || nextDay * Times.DAY - Times.OFFSET.getTotalSeconds() >= end) {
                return;
            }
            currentDay = nextDay;
            List<Task> tasks = later.remove(nextDay);
            if (tasks != null) {
                tasks.sort(null);
            }
            plannedToday = tasks == null ? List.of() : tasks;
            nextPlanned = 0;
        }
    }
}
