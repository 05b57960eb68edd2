package org.liminal.curriculum;

/**
 * A program file that cannot be imported; the message key (with its arguments) names the problem, such as the
 * field at fault and why.
 */
public class ProgramFileRefused extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	ProgramFileRefused(String messageKey, Object... arguments) {
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
