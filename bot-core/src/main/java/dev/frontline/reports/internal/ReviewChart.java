package dev.frontline.reports.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;

import dev.frontline.reports.WeeklyReview;
import dev.frontline.triage.Severity;

/**
 * Draws the weekly review with JFreeChart, headless, as one PNG meant to be read on a
 * phone in a chat app: a phone's width, large type, few panels one under another, each
 * with its own title and legend, and the Okabe–Ito colours that people with any common
 * colour-vision deficiency can tell apart.
 */
final class ReviewChart {

	/** A phone screen's width in pixels: Slack and Discord show it edge to edge. */
	static final int WIDTH = 1080;

	static final int HEADER = 230;

	static final int TEAM_PANEL = 400;

	static final int TEAMS_PANEL = 520;

	private static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);

	private static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);

	private static final Color BLUE = new Color(0x00, 0x72, 0xB2);

	private static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);

	private static final Color GREEN = new Color(0x00, 0x9E, 0x73);

	private static final Color GREY = new Color(0x99, 0x99, 0x99);

	private static final Color INK = new Color(0x22, 0x22, 0x22);

	private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

	/** The most urgent in the warmest colour; SEV4, only recorded, in grey. */
	private static final Color[] SEVERITY = { VERMILLION, ORANGE, BLUE, GREY };

	private static final String FONT = Font.SANS_SERIF;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ROOT);

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);

	private ReviewChart() {
	}

	static List<JFreeChart> teamPanels(WeeklyReview review) {
		return List.of(complaintsPerDay(review), acknowledgement(review), followUps(review), categories(review),
				stories(review));
	}

	static byte[] ofTeam(WeeklyReview review) {
		List<JFreeChart> panels = teamPanels(review);
		WeeklyReview.CorrectionFigures corrections = review.corrections();
		List<String> lines = List.of(
				review.complaints() + " complaints · " + review.casesOpened() + " new cases · " + review.breaches()
						+ " SLA breaches",
				review.incidents().count() + " incidents"
						+ (review.incidents().count() > 0 ? " (largest " + review.incidents().largest() + ")" : "")
						+ " · " + review.approvedReplies().approved()
						+ (review.approvedReplies().approved() == 1 ? " reply" : " replies") + " approved"
						+ (review.approvedReplies().approved() > 0
								? ", median " + ReviewSummary.minutes(review.approvedReplies().medianMinutes()) : ""),
				"Triage corrected: " + corrections.severityRaised() + " raised, " + corrections.severityLowered()
						+ " lowered, " + corrections.movedIn() + " moved in, " + corrections.movedOut() + " out");
		return draw(review.teamName() + " · week " + review.week(), lines, panels, TEAM_PANEL);
	}

	static byte[] acrossTeams(List<WeeklyReview> reviews) {
		String week = reviews.isEmpty() ? "" : reviews.getFirst().week();
		int complaints = reviews.stream().mapToInt(WeeklyReview::complaints).sum();
		int breaches = reviews.stream().mapToInt(WeeklyReview::breaches).sum();
		return draw("All teams · week " + week,
				List.of(complaints + " complaints · " + breaches + " SLA breaches",
						reviews.size() + " teams side by side"),
				List.of(complaintsPerTeam(reviews), problemsPerTeam(reviews), followUpsPerTeam(reviews)), TEAMS_PANEL);
	}

	private static byte[] draw(String title, List<String> subtitles, List<JFreeChart> panels, int panelHeight) {
		int height = HEADER + panels.size() * panelHeight;
		BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		try {
			g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g2.setPaint(Color.WHITE);
			g2.fillRect(0, 0, WIDTH, height);
			TextTitle heading = new TextTitle(title, new Font(FONT, Font.BOLD, 46), INK, RectangleEdge.TOP,
					HorizontalAlignment.LEFT, org.jfree.chart.ui.VerticalAlignment.TOP,
					new RectangleInsets(24, 32, 0, 32));
			// A title is laid out before it can be drawn on its own.
			heading.arrange(g2, new RectangleConstraint(new Range(0, WIDTH), null));
			heading.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, 84));
			for (int i = 0; i < subtitles.size(); i++) {
				TextTitle line = new TextTitle(subtitles.get(i), new Font(FONT, Font.PLAIN, 27), INK, RectangleEdge.TOP,
						HorizontalAlignment.LEFT, org.jfree.chart.ui.VerticalAlignment.TOP,
						new RectangleInsets(0, 32, 0, 32));
				line.arrange(g2, new RectangleConstraint(new Range(0, WIDTH), null));
				line.draw(g2, new Rectangle2D.Double(0, 92 + i * 42, WIDTH, 42));
			}
			for (int i = 0; i < panels.size(); i++) {
				panels.get(i)
					.draw(g2, new Rectangle2D.Double(0, HEADER + (double) i * panelHeight, WIDTH, panelHeight));
			}
		}
		finally {
			g2.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ChartUtils.writeBufferedImageAsPNG(png, image);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The review's chart could not be written as PNG", ex);
		}
		return png.toByteArray();
	}

	private static JFreeChart complaintsPerDay(WeeklyReview review) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (WeeklyReview.Day day : review.days()) {
			for (Severity severity : Severity.values()) {
				data.addValue(day.complaintsOf(severity), severity.name(), DAY.format(day.date()));
			}
		}
		JFreeChart chart = ChartFactory.createStackedBarChart("Complaints per day, by severity", null, null, data,
				PlotOrientation.VERTICAL, true, false, false);
		style(chart, SEVERITY);
		return chart;
	}

	private static JFreeChart acknowledgement(WeeklyReview review) {
		DefaultCategoryDataset times = new DefaultCategoryDataset();
		DefaultCategoryDataset slas = new DefaultCategoryDataset();
		for (WeeklyReview.Acknowledgement figure : review.acknowledgement()) {
			String severity = figure.severity().name()
					+ (figure.breaches() > 0 ? " (" + figure.breaches() + " late)" : "");
			times.addValue(figure.medianMinutes(), "Median", severity);
			times.addValue(figure.p90Minutes(), "90% within", severity);
			slas.addValue(figure.slaMinutes(), "SLA", severity);
		}
		JFreeChart chart = ChartFactory.createBarChart("Minutes to acknowledge", null, null, times,
				PlotOrientation.VERTICAL, true, false, false);
		BarRenderer bars = style(chart, BLUE, SKY_BLUE);
		labelled(bars);
		CategoryPlot plot = chart.getCategoryPlot();
		LineAndShapeRenderer sla = new LineAndShapeRenderer(false, true);
		sla.setSeriesPaint(0, INK);
		sla.setSeriesShape(0, new Rectangle2D.Double(-90, -3, 180, 6));
		plot.setDataset(1, slas);
		plot.setRenderer(1, sla);
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		return chart;
	}

	private static JFreeChart followUps(WeeklyReview review) {
		WeeklyReview.FollowUpSteps steps = review.followUps();
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String row = steps.total() + " due";
		if (steps.total() > 0) {
			// An empty week shows the plot's "Nothing recorded", not a bar of zeros.
			data.addValue(steps.onTime(), "On time", row);
			data.addValue(steps.late(), "Late", row);
			data.addValue(steps.waived(), "Waived", row);
			data.addValue(steps.stillOpen(), "Still open", row);
		}
		JFreeChart chart = ChartFactory.createStackedBarChart("Follow-up steps due this week", null, null, data,
				PlotOrientation.HORIZONTAL, true, false, false);
		labelled(style(chart, GREEN, VERMILLION, GREY, ORANGE));
		return chart;
	}

	private static JFreeChart categories(WeeklyReview review) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (WeeklyReview.CategoryCount category : review.topCategories()) {
			data.addValue(category.thisWeek(), "This week", category.category());
			data.addValue(category.lastWeek(), "Last week", category.category());
		}
		JFreeChart chart = ChartFactory.createBarChart("Top categories of new cases", null, null, data,
				PlotOrientation.HORIZONTAL, true, false, false);
		labelled(style(chart, BLUE, GREY));
		return chart;
	}

	private static JFreeChart stories(WeeklyReview review) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (WeeklyReview.StoryWeek week : review.stories().weeks()) {
			String asked = SHORT_DAY.format(week.asked());
			data.addValue(week.askedCount(), "Asked", asked);
			data.addValue(week.answered(), "Shared a story", asked);
		}
		JFreeChart chart = ChartFactory.createBarChart("Story participation, last 8 weeks", null, null, data,
				PlotOrientation.VERTICAL, true, false, false);
		labelled(style(chart, GREY, GREEN));
		return chart;
	}

	private static JFreeChart complaintsPerTeam(List<WeeklyReview> reviews) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (WeeklyReview review : reviews) {
			for (Severity severity : Severity.values()) {
				data.addValue(review.days().stream().mapToInt(day -> day.complaintsOf(severity)).sum(), severity.name(),
						review.teamName());
			}
		}
		JFreeChart chart = ChartFactory.createStackedBarChart("Complaints by team, by severity", null, null, data,
				PlotOrientation.HORIZONTAL, true, false, false);
		style(chart, SEVERITY);
		return chart;
	}

	private static JFreeChart problemsPerTeam(List<WeeklyReview> reviews) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (WeeklyReview review : reviews) {
			data.addValue(review.breaches(), "SLA breaches", review.teamName());
			data.addValue(review.incidents().count(), "Incidents", review.teamName());
			data.addValue(review.corrections().total(), "Triage corrections", review.teamName());
		}
		JFreeChart chart = ChartFactory.createBarChart("Breaches, incidents and corrections", null, null, data,
				PlotOrientation.HORIZONTAL, true, false, false);
		labelled(style(chart, VERMILLION, ORANGE, BLUE));
		return chart;
	}

	private static JFreeChart followUpsPerTeam(List<WeeklyReview> reviews) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (WeeklyReview review : reviews) {
			WeeklyReview.FollowUpSteps steps = review.followUps();
			data.addValue(steps.onTime(), "On time", review.teamName());
			data.addValue(steps.late(), "Late", review.teamName());
			data.addValue(steps.waived(), "Waived", review.teamName());
			data.addValue(steps.stillOpen(), "Still open", review.teamName());
		}
		JFreeChart chart = ChartFactory.createStackedBarChart("Follow-up steps due, by team", null, null, data,
				PlotOrientation.HORIZONTAL, true, false, false);
		style(chart, GREEN, VERMILLION, GREY, ORANGE);
		return chart;
	}

	/** Large type, flat bars, a light grid, the legend on top: readable at a glance. */
	private static BarRenderer style(JFreeChart chart, Paint... series) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.setPadding(new RectangleInsets(8, 16, 8, 24));
		chart.getTitle().setFont(new Font(FONT, Font.BOLD, 34));
		chart.getTitle().setPaint(INK);
		chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
		chart.getTitle().setPadding(new RectangleInsets(12, 16, 4, 8));
		LegendTitle legend = chart.getLegend();
		legend.setItemFont(new Font(FONT, Font.PLAIN, 26));
		legend.setPosition(RectangleEdge.TOP);
		legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
		legend.setFrame(BlockBorder.NONE);
		legend.setItemLabelPadding(new RectangleInsets(2, 6, 2, 18));
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(GRID);
		plot.setRangeGridlineStroke(new BasicStroke(1.5f));
		plot.setNoDataMessage("Nothing recorded");
		plot.setNoDataMessageFont(new Font(FONT, Font.ITALIC, 28));
		CategoryAxis days = plot.getDomainAxis();
		days.setTickLabelFont(new Font(FONT, Font.PLAIN, 26));
		days.setTickLabelPaint(INK);
		days.setCategoryMargin(0.2);
		// Short labels such as "Mon 23" may be a little wider than their bars, never cut.
		days.setMaximumCategoryLabelWidthRatio(1.6f);
		NumberAxis counts = (NumberAxis) plot.getRangeAxis();
		counts.setTickLabelFont(new Font(FONT, Font.PLAIN, 24));
		counts.setTickLabelPaint(INK);
		counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		counts.setAxisLineVisible(false);
		counts.setUpperMargin(0.15);
		BarRenderer bars = (BarRenderer) plot.getRenderer();
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setDrawBarOutline(false);
		bars.setItemMargin(0.05);
		bars.setDefaultLegendShape(new Rectangle2D.Double(-11, -11, 22, 22));
		bars.setMaximumBarWidth(0.3);
		for (int i = 0; i < series.length; i++) {
			bars.setSeriesPaint(i, series[i]);
		}
		return bars;
	}

	/**
	 * Each bar's value written on it, so nobody reads it off the axis on a small screen.
	 */
	private static void labelled(BarRenderer bars) {
		bars.setDefaultItemLabelGenerator(
				new StandardCategoryItemLabelGenerator("{2}", java.text.NumberFormat.getIntegerInstance(Locale.ROOT)));
		bars.setDefaultItemLabelFont(new Font(FONT, Font.BOLD, 24));
		bars.setDefaultItemLabelPaint(INK);
		bars.setDefaultItemLabelsVisible(true);
	}

}
