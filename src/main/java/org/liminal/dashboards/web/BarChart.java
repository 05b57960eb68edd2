package org.liminal.dashboards.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn on the server as SVG: one bar per value, scaled to the largest, in a fixed view box that the
 * page stretches to its width. The figures themselves are in the table beside it, which is what screen readers
 * and printouts read; the picture only repeats them.
 */
record BarChart(List<Bar> bars, int width, int height) {

	static final int HEIGHT = 120;

	static final int BAR_WIDTH = 24;

	static final int GAP = 8;

	/** Room under the bars for their labels. */
	static final int LABEL_ROOM = 16;

	static BarChart of(List<String> labels, List<Integer> values) {
		int largest = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(0));
		int plot = HEIGHT - LABEL_ROOM;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			int value = values.get(i);
			int barHeight = value == 0 ? 0 : Math.max(1, Math.round((float) plot * value / largest));
			bars.add(new Bar(labels.get(i), value, i * (BAR_WIDTH + GAP), plot - barHeight, BAR_WIDTH, barHeight));
		}
		return new BarChart(bars, Math.max(1, values.size() * (BAR_WIDTH + GAP) - GAP), HEIGHT);
	}

	public String viewBox() {
		return "0 0 " + width + " " + height;
	}

	public boolean isEmpty() {
		return bars.isEmpty();
	}

	/** One bar, in the view box's units, with its label under it. */
	record Bar(String label, int value, int x, int y, int width, int height) {

		public int labelX() {
			return x + width / 2;
		}

		public int labelY() {
			return HEIGHT - 4;
		}

	}

}
