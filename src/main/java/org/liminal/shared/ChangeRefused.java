package org.liminal.shared;

/**
 * A change that a module's rules do not allow. The message key and its arguments tell the person why; the
 * field, when there is one, is the form field the refusal is about, so the page can show it next to that field.
 * Each module has its own kind, so that its pages handle only its refusals.
 */
public abstract class ChangeRefused extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	/**
	 * @param field the form field the refusal is about, or {@code null} for the whole form
	 */
	protected ChangeRefused(String field, String messageKey, Object... arguments) {
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
