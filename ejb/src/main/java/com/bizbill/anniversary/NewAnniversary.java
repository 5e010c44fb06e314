package com.bizbill.anniversary;

import com.bizbill.addressbook.Anniversary;
import com.bizbill.anniversary.AnniversaryPlan.Terms;
import com.bizbill.ordering.PlaceOrder;
import com.bizbill.ordering.RecipientRow;
import java.util.List;

/**
 * What the owner asks for when adding an anniversary order (CB-ANV-1): the products (from the cart) with their
 * validities, the order's terms, and the recipients, each with a required anniversary date.
 *
 * @param expectedPerRecipient the amount per recipient the owner was shown (null: not given): any other is refused
 */
public record NewAnniversary(String name, List<PlaceOrder.Choice> products, Terms terms, List<Person> recipients,
                             boolean termsAccepted, Long expectedPerRecipient) {

    /** A recipient and the anniversary (null when the row had none or it could not be read). */
    public record Person(RecipientRow row, Anniversary date) implements java.io.Serializable {
    }

    public NewAnniversary {
        products = products == null ? List.of() : List.copyOf(products);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
