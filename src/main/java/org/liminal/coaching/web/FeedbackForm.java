package org.liminal.coaching.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.liminal.coaching.FeedbackContent;
import org.liminal.coaching.FeedbackSubject;
import org.liminal.coaching.FeedbackView;
import org.liminal.coaching.Verdict;

/**
 * A coach's feedback as the form posts it: what it is about (for new feedback), scores by criterion key, glows,
 * grows, the verdict, and which button was pressed.
 */
public class FeedbackForm {

	/** The value of the submit button's {@code action}; any other saves a draft. */
	static final String SUBMIT = "submit";

	private UUID trainingId;

	private UUID runThroughId;

	private UUID moduleKey;

	private UUID presenterId;

	private Map<String, Integer> scores = new LinkedHashMap<>();

	private String glows = "";

	private String grows = "";

	private Verdict verdict;

	private long version;

	private String action = "";

	static FeedbackForm about(FeedbackSubject subject) {
		FeedbackForm form = new FeedbackForm();
		form.trainingId = subject.trainingId();
		form.runThroughId = subject.runThroughId();
		form.moduleKey = subject.moduleKey();
		form.presenterId = subject.presenterId();
		return form;
	}

	static FeedbackForm of(FeedbackView feedback) {
		FeedbackForm form = about(feedback.subject());
		form.scores.putAll(feedback.scores());
		form.glows = feedback.glows();
		form.grows = feedback.grows();
		form.verdict = feedback.verdict();
		form.version = feedback.version();
		return form;
	}

	FeedbackSubject subject() {
		return new FeedbackSubject(trainingId, runThroughId, moduleKey, presenterId);
	}

	boolean isSubjectComplete() {
		return trainingId != null && moduleKey != null && presenterId != null;
	}

	FeedbackContent content() {
		return new FeedbackContent(scores, glows, grows, verdict);
	}

	boolean submits() {
		return SUBMIT.equals(action);
	}

	public UUID getTrainingId() {
		return trainingId;
	}

	public void setTrainingId(UUID trainingId) {
		this.trainingId = trainingId;
	}

	public UUID getRunThroughId() {
		return runThroughId;
	}

	public void setRunThroughId(UUID runThroughId) {
		this.runThroughId = runThroughId;
	}

	public UUID getModuleKey() {
		return moduleKey;
	}

	public void setModuleKey(UUID moduleKey) {
		this.moduleKey = moduleKey;
	}

	public UUID getPresenterId() {
		return presenterId;
	}

	public void setPresenterId(UUID presenterId) {
		this.presenterId = presenterId;
	}

	public Map<String, Integer> getScores() {
		return scores;
	}

	public void setScores(Map<String, Integer> scores) {
		this.scores = scores == null ? new LinkedHashMap<>() : scores;
	}

	public String getGlows() {
		return glows;
	}

	public void setGlows(String glows) {
		this.glows = glows;
	}

	public String getGrows() {
		return grows;
	}

	public void setGrows(String grows) {
		this.grows = grows;
	}

	public Verdict getVerdict() {
		return verdict;
	}

	public void setVerdict(Verdict verdict) {
		this.verdict = verdict;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action == null ? "" : action;
	}

}
