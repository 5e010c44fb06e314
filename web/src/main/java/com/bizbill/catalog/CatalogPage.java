package com.bizbill.catalog;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
import com.bizbill.shared.web.Pager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Issue 19 §4, CB-CAT-1: coupon members browse the products on sale by category, search by brand or product name,
 * and see each category's popular list first. A sub-member without a monthly limit is told why they cannot buy.
 */
@Named
@ViewScoped
public class CatalogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogBrowsing browsing;

    @Inject
    CurrentMember member;

    @Inject
    MemberLimits limits;

    private Long categoryId;
    private String text;
    private final Pager pager = new Pager(12);

    public List<Category> getCategories() {
        return browsing.categories();
    }

    public Page<CatalogBrowsing.Card> getCards() {
        return browsing.onSale(categoryId, text, pager.page(), pager.size());
    }

    public void choose(Long category) {
        categoryId = category;
        pager.first();
    }

    public void search() {
        pager.first();
    }

    public void next() {
        pager.next(getCards().total());
    }

    public void previous() {
        pager.previous();
    }

    /** A sub-member whose master set no monthly limit cannot buy (CB-MEM-6); masters always can. */
    public boolean isMayBuy() {
        return limits.mayBuy(member.get().id());
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Pager getPager() {
        return pager;
    }
}
