package org.liminal.trainings;

/** A change to a training that its rules do not allow; the message key and arguments say why. */
public class TrainingChangeRefused extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	/**
	 * @param field the form field the refusal is about, or {@code null} for the whole form
	 */
	public TrainingChangeRefused(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
