package com.bizbill.catalog;

import java.util.List;

/**
 * The sandbox supplier's catalog: <b>fictional</b> brands (no real company's names or logos; images made for them,
 * {@code /catalog-images/<brand>.svg}) in the categories of a Korean mobile-coupon shop, including cashable gift
 * cards. Each product also says how the sandbox behaves when it is issued (dispatch, issue 21): most issue at once;
 * some fail on purpose, lose the answer, answer slowly, or are discontinued by the supplier.
 */
final class SandboxCatalog {

    /** How the sandbox supplier answers an issue of this product. */
    /**
     * How the sandbox supplier treats a product: SOMETIMES_SOLD_OUT refuses one transaction id in
     * {@link #SOLD_OUT_ONE_IN} (chosen by the id, so a look-up agrees), the brand's stock running out for some
     * recipients of an order but not for others.
     */
    enum Behaviour { OK, FAILS_TO_ISSUE, LOSES_THE_ANSWER, SLOW, DISCONTINUED, SOMETIMES_SOLD_OUT }

    static final int SOLD_OUT_ONE_IN = 20;

    record Item(String goodsCode, String name, String brandCode, String brandName, String categoryCode,
                String categoryName, long faceValue, List<Integer> validityDays, boolean cashable, Behaviour behaviour) {

        CouponSupplier.Goods goods(String imageBase) {
            return new CouponSupplier.Goods(goodsCode, name, brandCode, brandName, categoryCode, categoryName, faceValue,
                    validityDays, imageBase + brandCode.toLowerCase(java.util.Locale.ROOT) + ".svg", cashable,
                    behaviour != Behaviour.DISCONTINUED);
        }
    }

    private static final List<Integer> ALL = List.of(30, 60, 90);
    private static final List<Integer> SHORT = List.of(30, 60);

    static final List<Item> ITEMS = List.of(
            item("SB-CK-001", "바삭 후라이드 한 마리 + 콜라 1.25L", "sb-crispy", "바삭닭", "CHICKEN", "치킨", 21_000, ALL),
            item("SB-CK-002", "반반 양념치킨 + 치즈볼", "sb-crispy", "바삭닭", "CHICKEN", "치킨", 24_500, ALL),
            item("SB-CK-003", "황금 간장치킨 한 마리", "sb-golden", "황금깃털", "CHICKEN", "치킨", 19_000, SHORT),
            item("SB-CK-004", "황금 순살 세트", "sb-golden", "황금깃털", "CHICKEN", "치킨", 26_000, SHORT,
                    Behaviour.FAILS_TO_ISSUE),
            item("SB-CF-001", "아메리카노 (Tall)", "sb-morningbean", "모닝빈 커피", "CAFE", "카페", 4_500, ALL),
            item("SB-CF-002", "카페라떼 (Tall)", "sb-morningbean", "모닝빈 커피", "CAFE", "카페", 5_000, ALL),
            item("SB-CF-003", "아메리카노 2잔 + 조각케이크", "sb-morningbean", "모닝빈 커피", "CAFE", "카페", 15_500, ALL),
            item("SB-CF-004", "구름 밀크티", "sb-cloud", "구름다방", "CAFE", "카페", 5_500, ALL, Behaviour.SLOW),
            item("SB-CF-005", "구름 디저트 세트", "sb-cloud", "구름다방", "CAFE", "카페", 12_000, ALL),
            item("SB-PZ-001", "화덕 마르게리타 (L)", "sb-hearth", "화덕마을", "PIZZA_BURGER", "피자/버거", 23_900, SHORT),
            item("SB-PZ-002", "화덕 페퍼로니 (L) + 콜라", "sb-hearth", "화덕마을", "PIZZA_BURGER", "피자/버거", 27_900, SHORT,
                    Behaviour.LOSES_THE_ANSWER),
            item("SB-BG-001", "섬 버거 세트", "sb-island", "버거섬", "PIZZA_BURGER", "피자/버거", 8_900, ALL),
            item("SB-BG-002", "더블 섬 버거 세트", "sb-island", "버거섬", "PIZZA_BURGER", "피자/버거", 11_400, ALL),
            item("SB-CV-001", "24마트 모바일 교환권 5천원", "sb-24mart", "24마트", "CONVENIENCE", "편의점", 5_000, ALL),
            item("SB-CV-002", "24마트 모바일 교환권 1만원", "sb-24mart", "24마트", "CONVENIENCE", "편의점", 10_000, ALL),
            item("SB-CV-003", "바나나우유 + 삼각김밥", "sb-24mart", "24마트", "CONVENIENCE", "편의점", 3_300, SHORT,
                    Behaviour.DISCONTINUED),
            item("SB-BK-001", "버터 크루아상 3개", "sb-wheat", "밀과버터", "BAKERY", "베이커리/디저트", 9_600, ALL),
            item("SB-BK-002", "생크림 케이크 (1호)", "sb-wheat", "밀과버터", "BAKERY", "베이커리/디저트", 28_000, SHORT),
            item("SB-BK-003", "마카롱 6구 세트", "sb-wheat", "밀과버터", "BAKERY", "베이커리/디저트", 14_000, ALL,
                    Behaviour.SOMETIMES_SOLD_OUT),
            cashable("SB-GC-001", "비즈페이 상품권 1만원", "sb-bizpay", "비즈페이", 10_000),
            cashable("SB-GC-002", "비즈페이 상품권 3만원", "sb-bizpay", "비즈페이", 30_000),
            cashable("SB-GC-003", "비즈페이 상품권 5만원", "sb-bizpay", "비즈페이", 50_000),
            cashable("SB-GC-004", "나눔 문화상품권 1만원", "sb-nanum", "나눔문화", 10_000),
            cashable("SB-GC-005", "나눔 문화상품권 5만원", "sb-nanum", "나눔문화", 50_000));

    private SandboxCatalog() {
    }

    private static Item item(String code, String name, String brand, String brandName, String category,
                             String categoryName, long face, List<Integer> validity) {
        return item(code, name, brand, brandName, category, categoryName, face, validity, Behaviour.OK);
    }

    private static Item item(String code, String name, String brand, String brandName, String category,
                             String categoryName, long face, List<Integer> validity, Behaviour behaviour) {
        return new Item(code, name, brand, brandName, category, categoryName, face, validity, false, behaviour);
    }

    private static Item cashable(String code, String name, String brand, String brandName, long face) {
        return new Item(code, name, brand, brandName, "GIFT_CARD", "상품권/페이", face, List.of(90), true, Behaviour.OK);
    }
}
