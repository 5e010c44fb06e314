package com.bizbill.usage;

import com.bizbill.identity.CurrentMember;
import com.bizbill.identity.Organisation;
import com.bizbill.messaging.MessageType;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Staff: the price table (NB-PRICE-1) — list prices and store contract prices with the day they apply from. */
@Named
@ViewScoped
public class PricesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MessagePrices prices;

    @Inject
    UsageQueries queries;

    @Inject
    CurrentMember member;

    private MessageType type = MessageType.ALIMTALK;
    private Long storeId;
    private LocalDate validFrom;
    private Long unitPrice;

    public List<MessagePrice> getPrices() {
        return prices.all();
    }

    public List<Organisation> getStores() {
        return queries.stores();
    }

    public List<MessageType> getTypes() {
        return MessageType.storeTypes();
    }

    /** Store names by id, for the contract-price rows. */
    public Map<Long, String> getStoreNames() {
        return getStores().stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName,
                (a, b) -> a));
    }

    public void add() {
        MessagePrice p = prices.add(type, storeId, validFrom, unitPrice);
        Messages.info("prices.added", Messages.labels().of(p.getType()),
                p.getUnitPrice(), p.getValidFrom());
        validFrom = null;
        unitPrice = null;
    }

    public MessageType getType() {
        return type;
    }

    public void setType(MessageType type) {
        this.type = type;
    }

    public Long getStoreId() {
        return storeId;
    }

    public void setStoreId(Long storeId) {
        this.storeId = storeId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public Long getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(Long unitPrice) {
        this.unitPrice = unitPrice;
    }

    /** Issue 17 §2: who set a price; the prices the schema seeded name the rule (NB-PRICE-1), read as words. */
    public String author(MessagePrice p) {
        String by = p.getCreatedBy();
        return by != null && by.startsWith("NB-PRICE") ? Messages.get("prices.seeded") : by;
    }
}
