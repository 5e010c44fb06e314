package com.bizbill.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 19 §2 §3, CB-CAT-1, CB-ORD-5: catalog merging keeps staff's fields; validity options price differently. */
class CatalogRulesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-12-02T00:00:00Z");

    private static Product coffee() {
        return new Product("SB-CF-001", "아메리카노", 1, 2, 4_500, "catalog-images/a.svg", false, true, "2026-12-01", T0);
    }

    @Test
    void cbCat1ANewProductIsOnSaleUnlessTheSupplierStoppedSellingIt() {
        assertThat(coffee().getStatus()).isEqualTo(ProductStatus.ON_SALE);
        assertThat(new Product("X", "x", 1, 2, 1_000, null, false, false, "p", T0).getStatus())
                .isEqualTo(ProductStatus.DISCONTINUED);
        assertThatThrownBy(() -> new Product("X", "x", 1, 2, 0, null, false, true, "p", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Product("X", "x", 1, 2, Product.MAX_FACE_VALUE + 1, null, false, true, "p", T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issue19ARefreshFollowsTheSuppliersFieldsAndKeepsStaffs() {
        Product p = coffee();
        p.setStatusByStaff(ProductStatus.SUSPENDED, T0);
        p.setCashable(true, T0);
        p.setPopularRank(3);
        assertThat(p.refresh("아메리카노 (Tall)", 1, 2, 4_700, "catalog-images/b.svg", true, "2026-12-02", T1)).isTrue();
        assertThat(p.getName()).isEqualTo("아메리카노 (Tall)");
        assertThat(p.getFaceValue()).isEqualTo(4_700);
        assertThat(p.getStatus()).as("staff's suspension stays").isEqualTo(ProductStatus.SUSPENDED);
        assertThat(p.isCashable()).as("staff's flag stays").isTrue();
        assertThat(p.getPopularRank()).isEqualTo(3);
        assertThat(p.refresh("아메리카노 (Tall)", 1, 2, 4_700, "catalog-images/b.svg", true, "2026-12-03", T1))
                .as("the same again changes nothing").isFalse();
        assertThat(p.refresh("아메리카노 (Tall)", 1, 2, -5, "catalog-images/b.svg", true, "2026-12-03", T1)).isFalse();
        assertThat(p.getFaceValue()).as("a nonsense face value keeps the last good one").isEqualTo(4_700);
    }

    @Test
    void issue19ADroppedProductIsDiscontinuedAndComesBackSuspended() {
        Product p = coffee();
        assertThat(p.dropped(T1)).isTrue();
        assertThat(p.getStatus()).isEqualTo(ProductStatus.DISCONTINUED);
        assertThat(p.dropped(T1)).isFalse();
        assertThatThrownBy(() -> p.setStatusByStaff(ProductStatus.ON_SALE, T1)).isInstanceOf(IllegalStateException.class);
        p.refresh("아메리카노", 1, 2, 4_500, null, true, "2026-12-03", T1);
        assertThat(p.getStatus()).as("listed again: staff decide").isEqualTo(ProductStatus.SUSPENDED);
        p.setStatusByStaff(ProductStatus.ON_SALE, T1);
        p.refresh("아메리카노", 1, 2, 4_500, null, false, "2026-12-04", T1);
        assertThat(p.getStatus()).as("the supplier stopped selling it").isEqualTo(ProductStatus.DISCONTINUED);
    }

    @Test
    void cbOrd5AShorterValidityCostsLessAndPricesAreWhole10Won() {
        assertThat(DefaultPrices.of(4_500, 30)).isEqualTo(4_450); // 4,455 down to 10 won
        assertThat(DefaultPrices.of(4_500, 60)).isEqualTo(4_470); // 4,477.5
        assertThat(DefaultPrices.of(4_500, 90)).isEqualTo(4_500);
        assertThat(DefaultPrices.of(50_000, 30)).isEqualTo(49_500);
        assertThat(DefaultPrices.of(5, 30)).as("never below 1 won").isEqualTo(1);
        assertThatThrownBy(() -> DefaultPrices.of(Product.MAX_FACE_VALUE + 1, 30))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProductOption(1, 30, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
