package org.liminal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/** One GreenMail SMTP server for the test JVM; every test context sends its mail here. */
public final class TestMail {

	private static GreenMail server;

	private TestMail() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	public static int port() {
		return server().getSmtp().getPort();
	}

	/** Messages received for one address, oldest first. */
	public static List<MimeMessage> messagesTo(String address) {
		return Arrays.stream(server().getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The first link in the newest message to an address that starts with the given prefix. */
	public static String linkTo(String address, String prefix) {
		List<MimeMessage> messages = messagesTo(address);
		if (messages.isEmpty()) {
			throw new AssertionError("No mail to " + address);
		}
		String body = GreenMailUtil.getBody(messages.get(messages.size() - 1));
		Matcher link = Pattern.compile(Pattern.quote(prefix) + "[A-Za-z0-9_\\-/]+").matcher(body);
		if (!link.find()) {
			throw new AssertionError("No link starting with " + prefix + " in: " + body);
		}
		return link.group();
	}


	/** The plain-text part of a message (its alternative to HTML), decoded. */
	public static String plainText(MimeMessage message) {
		try {
			return plainText(message.getContent());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String plainText(Object content) throws Exception {
		if (content instanceof String text) {
			return text;
		}
		Multipart multipart = (Multipart) content;
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.isMimeType("text/plain")) {
				return (String) part.getContent();
			}
			if (part.getContent() instanceof Multipart) {
				String nested = plainText(part.getContent());
				if (nested != null) {
					return nested;
				}
			}
		}
		return null;
	}

}
