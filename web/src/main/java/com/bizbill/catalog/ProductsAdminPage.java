package com.bizbill.catalog;

import com.bizbill.shared.Page;
import com.bizbill.shared.web.Messages;
import com.bizbill.shared.web.Pager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Staff: the coupon products (issue 19 §3, CB-CAT-1, CB-CAT-2): search by brand or name, filter by category and
 * status; put on sale or suspend; mark cashable; set an option's sale price from a moment (now or later).
 */
@Named
@ViewScoped
public class ProductsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    private String text;
    private Long categoryId;
    private ProductStatus status;
    private final Pager pager = new Pager(20);

    private Long priceOptionId;
    private String priceLabel;
    private Long newPrice;
    private LocalDateTime priceFrom;

    public Page<CatalogService.ProductRow> getRows() {
        return catalog.search(text, categoryId, status, pager.page(), pager.size());
    }

    public List<Category> getCategories() {
        return catalog.categories();
    }

    public ProductStatus[] getStatuses() {
        return ProductStatus.values();
    }

    public void search() {
        pager.first();
    }

    public void next() {
        pager.next(getRows().total());
    }

    public void previous() {
        pager.previous();
    }

    public void putOnSale(long productId) {
        catalog.setStatus(productId, ProductStatus.ON_SALE);
        Messages.info("catalog.statusChanged", Messages.labels().of(ProductStatus.ON_SALE));
    }

    public void suspend(long productId) {
        catalog.setStatus(productId, ProductStatus.SUSPENDED);
        Messages.info("catalog.statusChanged", Messages.labels().of(ProductStatus.SUSPENDED));
    }

    public void toggleCashable(long productId, boolean cashable) {
        catalog.setCashable(productId, cashable);
        Messages.info(cashable ? "catalog.cashableOn" : "catalog.cashableOff");
    }

    /** CB-CAT-1: the product's place in the popular list (empty: unranked). */
    public void setRank(long productId, Integer rank) {
        catalog.setPopularRank(productId, rank);
        Messages.info("catalog.rankChanged");
    }

    /** Opens the price form for one option. */
    public void editPrice(CatalogService.ProductRow row, CatalogService.OptionPrice option) {
        priceOptionId = option.option().getId();
        priceLabel = row.product().getName() + " · " + Messages.get("catalog.days", option.option().getValidityDays());
        newPrice = option.price();
        priceFrom = null;
    }

    public void savePrice() {
        if (priceOptionId == null || newPrice == null) {
            Messages.add(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "priceForm:price", "catalog.price.range");
            return;
        }
        var change = catalog.changePrice(priceOptionId, newPrice,
                priceFrom == null ? null : priceFrom.atZone(com.bizbill.shared.i18n.Formats.KOREA).toInstant());
        Messages.info("catalog.priceChanged", Messages.formats().won(change.getPrice()),
                Messages.formats().dateTime(change.getEffectiveFrom()));
        priceOptionId = null;
        org.primefaces.PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }

    /** "30일" / "30 days". */
    public String days(int validityDays) {
        return Messages.get("catalog.days", validityDays);
    }

    public Pager getPager() {
        return pager;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public void setStatus(ProductStatus status) {
        this.status = status;
    }

    public String getPriceLabel() {
        return priceLabel;
    }

    public Long getNewPrice() {
        return newPrice;
    }

    public void setNewPrice(Long newPrice) {
        this.newPrice = newPrice;
    }

    public LocalDateTime getPriceFrom() {
        return priceFrom;
    }

    public void setPriceFrom(LocalDateTime priceFrom) {
        this.priceFrom = priceFrom;
    }
}
