package org.liminal.curriculum;

/**
 * A change to the curriculum that its rules do not allow; the message key (with its arguments) tells the
 * person why.
 */
public class CurriculumChangeRefused extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public CurriculumChangeRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
