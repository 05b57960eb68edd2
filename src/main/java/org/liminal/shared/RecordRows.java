package org.liminal.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import org.springframework.beans.BeanUtils;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.util.ClassUtils;

/**
 * Maps each row to a record, each component from the column of its name in snake case ({@code trainingId} from
 * {@code training_id}, or else from its own name), converted as {@code JdbcClient.query(Class)} converts. That one
 * looks a column up by the component's own name first and, on PostgreSQL, only finds {@code training_id} after the
 * driver has thrown for {@code trainingId}: an exception per component per row (spring-framework#37297, fixed
 * after the 7.0 line this project is pinned to), a tenth of the national dashboard's time.
 */
public final class RecordRows<T> implements RowMapper<T> {

	private static final ClassValue<RecordRows<?>> MAPPERS = new ClassValue<>() {

		@Override
		protected RecordRows<?> computeValue(Class<?> type) {
			return new RecordRows<>(type);
		}

	};

	private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

	private final Constructor<T> constructor;

	private final Class<?>[] types;

	private final String[] names;

	private final String[] columns;

	private RecordRows(Class<T> type) {
		if (!type.isRecord()) {
			throw new IllegalArgumentException(type + " is not a record");
		}
		RecordComponent[] components = type.getRecordComponents();
		this.types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		this.names = Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new);
		this.columns = Arrays.stream(names).map(JdbcUtils::convertPropertyNameToUnderscoreName).toArray(String[]::new);
		try {
			this.constructor = type.getDeclaredConstructor(types);
		}
		catch (NoSuchMethodException recordsAlwaysHaveOne) {
			throw new IllegalStateException(recordsAlwaysHaveOne);
		}
	}

	/** The mapper for a record type, made once per type. */
	@SuppressWarnings("unchecked")
	public static <T> RecordRows<T> of(Class<T> type) {
		return (RecordRows<T>) MAPPERS.get(type);
	}

	@Override
	public T mapRow(ResultSet row, int number) throws SQLException {
		Object[] values = new Object[types.length];
		for (int i = 0; i < types.length; i++) {
			Object value = JdbcUtils.getResultSetValue(row, column(row, i), types[i]);
			values[i] = value == null || ClassUtils.isAssignableValue(types[i], value) ? value
					: CONVERSIONS.convert(value, types[i]);
		}
		// A null for a primitive component becomes its default, as Spring's mappers do.
		return BeanUtils.instantiateClass(constructor, values);
	}

	private int column(ResultSet row, int component) throws SQLException {
		try {
			return row.findColumn(columns[component]);
		}
		catch (SQLException notSnakeCase) {
			return row.findColumn(names[component]);
		}
	}

}
