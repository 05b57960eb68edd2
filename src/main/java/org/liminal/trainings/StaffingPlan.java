package org.liminal.trainings;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liminal.curriculum.AgendaDay;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.ModuleView;
import org.liminal.curriculum.RoleNeedView;
import org.liminal.curriculum.StaffingNeeds;
import org.liminal.trainings.SeatPlan.Interval;

/**
 * The seats a training's team has, from its pinned program version: a lead trainer, a coach, as many
 * trainers per module as the module needs (in agenda order), and the people each day-of role needs; with
 * the local times each seat keeps its holder busy, so that nobody holds two seats at the same time.
 */
public record StaffingPlan(List<SeatPlan> seats) {

	/** How long a day without an agenda yet is taken to last. */
	static final Duration DAY_WITHOUT_AGENDA = Duration.ofHours(6);

	public StaffingPlan {
		seats = List.copyOf(seats);
	}

	static StaffingPlan of(CurriculumView version, List<TrainingDay> days) {
		List<SeatPlan> seats = new ArrayList<>();
		seats.add(new SeatPlan(Seat.leadTrainer(), null, null, List.of()));
		seats.add(new SeatPlan(Seat.coach(), null, null, List.of()));
		Map<UUID, List<Interval>> moduleTimes = moduleTimes(version, days);
		for (ModuleView module : inAgendaOrder(version)) {
			int needed = module.content().trainersNeeded();
			for (int number = 1; number <= needed; number++) {
				seats.add(new SeatPlan(Seat.module(module.key(), number), module.title(), module.id(),
						moduleTimes.getOrDefault(module.id(), List.of())));
			}
		}
		List<Interval> wholeTraining = days.stream().map(day -> new Interval(day.start(), day.end())).toList();
		for (RoleNeedView need : version.roleNeeds()) {
			for (int number = 1; number <= need.people(); number++) {
				seats.add(new SeatPlan(Seat.dayOfRole(need.dayOfRoleId(), number), need.name(), null, wholeTraining));
			}
		}
		return new StaffingPlan(seats);
	}

	/** The seats a team with these needs has (the same as {@link #of} plans), without their order or times. */
	static List<Seat> seatsOf(StaffingNeeds needs) {
		List<Seat> seats = new ArrayList<>(List.of(Seat.leadTrainer(), Seat.coach()));
		needs.trainersByModuleKey().forEach((key, needed) -> {
			for (int number = 1; number <= needed; number++) {
				seats.add(Seat.module(key, number));
			}
		});
		needs.peopleByDayOfRole().forEach((role, needed) -> {
			for (int number = 1; number <= needed; number++) {
				seats.add(Seat.dayOfRole(role, number));
			}
		});
		return seats;
	}

	/**
	 * The days of a training starting at the given times, each ending when its agenda ends. A start the
	 * chapter's clocks skip (the hour lost when daylight saving time begins) is refused, since nobody could
	 * arrive at it.
	 */
	static List<TrainingDay> days(CurriculumView version, Dates dates, ZoneId zone) {
		if (dates.startTimes().size() != version.details().lengthDays()) {
			throw new IllegalArgumentException("The program lasts " + version.details().lengthDays() + " days");
		}
		List<TrainingDay> days = new ArrayList<>();
		for (int i = 0; i < dates.startTimes().size(); i++) {
			LocalTime start = dates.startTimes().get(i);
			LocalDateTime localStart = dates.firstDay().plusDays(i).atTime(start);
			if (zone.getRules().getValidOffsets(localStart).isEmpty()) {
				throw new TrainingChangeRefused("startTimes[" + i + "]", "training.error.skippedTime", i + 1, start);
			}
			AgendaDay agenda = version.agenda().get(i);
			Duration length = agenda.totalMinutes() > 0 ? Duration.ofMinutes(agenda.totalMinutes()) : DAY_WITHOUT_AGENDA;
			LocalDateTime end = dates.firstDay().plusDays(i).atTime(start).plus(length);
			if (!end.toLocalDate().equals(dates.firstDay().plusDays(i)) || end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
				throw new TrainingChangeRefused("startTimes[" + i + "]", "training.error.pastMidnight", i + 1);
			}
			days.add(new TrainingDay(i + 1, dates.firstDay().plusDays(i), start, end.toLocalTime()));
		}
		return days;
	}

	public Optional<SeatPlan> seat(Seat seat) {
		return seats.stream().filter(plan -> plan.seat().equals(seat)).findFirst();
	}

	public boolean has(Seat seat) {
		return seat(seat).isPresent();
	}

	/** Pairs of seats one person holds at the same time, in seat order. */
	List<List<SeatPlan>> clashes(Map<Seat, UUID> team) {
		List<List<SeatPlan>> clashes = new ArrayList<>();
		List<SeatPlan> held = seats.stream().filter(plan -> team.containsKey(plan.seat())).toList();
		for (int i = 0; i < held.size(); i++) {
			for (int j = i + 1; j < held.size(); j++) {
				SeatPlan first = held.get(i);
				SeatPlan second = held.get(j);
				if (team.get(first.seat()).equals(team.get(second.seat())) && first.clashesWith(second)) {
					clashes.add(List.of(first, second));
				}
			}
		}
		return clashes;
	}

	private static List<ModuleView> inAgendaOrder(CurriculumView version) {
		Map<UUID, ModuleView> byId = new LinkedHashMap<>();
		version.modules().forEach(module -> byId.put(module.id(), module));
		List<ModuleView> ordered = new ArrayList<>();
		version.agenda()
			.stream()
			.flatMap(day -> day.slots().stream())
			.map(AgendaDay.TimedSlot::moduleId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.forEach(moduleId -> ordered.add(byId.remove(moduleId)));
		ordered.addAll(byId.values());
		return ordered;
	}

	private static Map<UUID, List<Interval>> moduleTimes(CurriculumView version, List<TrainingDay> days) {
		Map<UUID, List<Interval>> times = new LinkedHashMap<>();
		for (AgendaDay agenda : version.agenda()) {
			TrainingDay day = days.get(agenda.day() - 1);
			for (AgendaDay.TimedSlot slot : agenda.slots()) {
				if (slot.isBreak()) {
					continue;
				}
				Duration fromStart = Duration.between(agenda.startsAt(), slot.startsAt());
				Duration length = Duration.between(slot.startsAt(), slot.endsAt());
				LocalDateTime start = day.start().plus(fromStart);
				times.computeIfAbsent(slot.moduleId(), id -> new ArrayList<>()).add(new Interval(start, start.plus(length)));
			}
		}
		return times;
	}

}
