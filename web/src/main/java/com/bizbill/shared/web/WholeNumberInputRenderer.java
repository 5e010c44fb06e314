package com.bizbill.shared.web;

import com.bizbill.shared.WholeNumbers;
import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import org.primefaces.component.inputnumber.InputNumber;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * {@code p:inputNumber} with the numbers-at-the-boundary rule (issue 13). PrimeFaces' own renderer
 * quietly moves a submitted value into [minValue, maxValue] (a forged 1e30 became the maximum charge)
 * and answers a non-number with an exception page. This one keeps what was sent and, for a whole-number
 * field, reads it through {@link WholeNumbers}: a fraction, a value beyond the type or outside the
 * field's range is a field message in the user's language, never a different number.
 */
public class WholeNumberInputRenderer extends InputNumberRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        InputNumber input = (InputNumber) component;
        if (!shouldDecode(input)) {
            return;
        }
        decodeBehaviors(context, input);
        String submitted = context.getExternalContext().getRequestParameterMap()
                .get(input.getClientId(context) + "_hinput");
        if (submitted != null) {
            input.setSubmittedValue(submitted.strip());
        }
    }

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submittedValue) {
        Class<?> type = valueType(context, component);
        boolean isLong = type == Long.class || type == long.class;
        boolean isInt = type == Integer.class || type == int.class;
        if (!(isLong || isInt) || ((InputNumber) component).getConverter() != null) {
            return super.getConvertedValue(context, component, submittedValue);
        }
        String text = submittedValue == null ? "" : submittedValue.toString();
        if (text.isBlank()) {
            return type.isPrimitive() ? (isInt ? (Object) 0 : (Object) 0L) : null;
        }
        InputNumber input = (InputNumber) component;
        long min = bound(input.getMinValue(), isInt ? Integer.MIN_VALUE : -WholeNumbers.MONEY_CEILING, true);
        long max = bound(input.getMaxValue(), isInt ? Integer.MAX_VALUE : WholeNumbers.MONEY_CEILING, false);
        try {
            long n = WholeNumbers.parse(text, min, max);
            return isInt ? (Object) (int) n : (Object) n;
        } catch (WholeNumbers.Refused r) {
            String message = Messages.get(r.reason().key(), r.min(), r.max());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }

    /** The field's own minValue/maxValue when set and narrower than the type's range. */
    private static long bound(String attribute, long typeBound, boolean lower) {
        if (attribute == null || attribute.isBlank()) {
            return typeBound;
        }
        try {
            long v = new java.math.BigDecimal(attribute).longValueExact();
            return lower ? Math.max(v, typeBound) : Math.min(v, typeBound);
        } catch (ArithmeticException | NumberFormatException e) {
            return typeBound;
        }
    }

    private static Class<?> valueType(FacesContext context, UIComponent component) {
        ValueExpression ve = component.getValueExpression("value");
        return ve == null ? null : ve.getType(context.getELContext());
    }
}
