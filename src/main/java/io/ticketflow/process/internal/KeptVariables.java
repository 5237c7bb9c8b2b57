package io.ticketflow.process.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Finds, in whatever a command carries, a variable the application keeps: the variables of a completion, a form,
 * a message, a modification's instructions, a batch, the names of variables to remove. It looks at the command's
 * own data rather than at a list of commands, so that every way to write a variable is covered, including ones a
 * new Camunda version adds.
 */
final class KeptVariables {

	private static final int DEPTH = 6;

	private KeptVariables() {
	}

	/** The first kept variable the command would write or remove, or null. */
	static String named(Command<?> command) {
		String name = command.getClass().getSimpleName();
		if (name.endsWith("QueryImpl") || name.startsWith("Get")) {
			return null; // reads: their variables are conditions, not values to write
		}
		return search(command, DEPTH, new IdentityHashMap<>());
	}

	private static String search(Object value, int depth, Map<Object, Boolean> seen) {
		if (value == null || depth == 0 || seen.put(value, true) != null) {
			return null;
		}
		if (value instanceof Map<?, ?> map) {
			String kept = kept(map.keySet());
			return kept != null ? kept : searchAll(map.values(), depth, seen);
		}
		if (value instanceof Collection<?> collection) {
			String kept = kept(collection);
			return kept != null ? kept : searchAll(collection, depth, seen);
		}
		if (value instanceof Object[] array) {
			return searchAll(Arrays.asList(array), depth, seen);
		}
		return isEngineData(value) ? searchFields(value, depth, seen) : null;
	}

	private static String searchAll(Collection<?> values, int depth, Map<Object, Boolean> seen) {
		for (Object element : values) {
			String kept = search(element, depth - 1, seen);
			if (kept != null) {
				return kept;
			}
		}
		return null;
	}

	private static String searchFields(Object value, int depth, Map<Object, Boolean> seen) {
		for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
					continue;
				}
				String kept = search(read(field, value), depth - 1, seen);
				if (kept != null) {
					return kept;
				}
			}
		}
		return null;
	}

	private static String kept(Collection<?> names) {
		for (Object name : names) {
			if (name instanceof String string && Vars.KEPT.contains(string)) {
				return string;
			}
		}
		return null;
	}

	/**
	 * The engine's commands, builders and instructions; not the services, configuration or command context they
	 * hold on to, which carry no request data.
	 */
	private static boolean isEngineData(Object value) {
		String name = value.getClass().getName();
		return name.startsWith("org.camunda.bpm.engine.impl.") && !name.contains("Service")
				&& !name.contains("Configuration") && !name.contains("CommandExecutor") && !name.contains("Context")
				&& !name.contains(".persistence.") && !name.contains(".db.");
	}

	private static Object read(Field field, Object owner) {
		try {
			field.setAccessible(true);
			return field.get(owner);
		}
		catch (ReflectiveOperationException | RuntimeException unreadable) {
			return null;
		}
	}
}
