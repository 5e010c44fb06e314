package com.bizbill.catalog;

import com.bizbill.shared.Page;
import com.bizbill.shared.api.PageQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issue 20 §5: the products on sale, for partners' systems to order from (CB-CAT-1): paged, by category and text. */
@Path("catalog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalog", description = "Coupon products on sale")
public class CatalogResource {

    @Inject
    CatalogBrowsing browsing;

    @Inject
    Validator validator;

    @Inject
    com.bizbill.messaging.AlimtalkTemplates templates;

    @Inject
    com.bizbill.identity.ApiCallerHolder caller;

    /** Issue 20 review: the coupon catalog and the templates are coupon companies' (sale prices are B2B terms). */
    private void couponCompanyOnly() {
        if (caller.get().organisationKind() != com.bizbill.identity.OrganisationKind.COUPON_COMPANY) {
            throw new com.bizbill.shared.error.BizbillException(com.bizbill.shared.error.ErrorCode.FORBIDDEN,
                    "only coupon companies read the coupon catalog");
        }
    }

    @GET
    @Path("templates")
    @Operation(summary = "The operator's active Alimtalk templates an order chooses from (CB-ORD-10)",
            description = "An order names one by templateId; the message's #{이름} and #{회사명} are filled from each "
                    + "recipient with autoFill, #{기념일} from the order's anniversaryText.")
    public List<TemplateView> templates() {
        couponCompanyOnly();
        return templates.active().stream().map(t -> new TemplateView(t.getId(), t.getTheme(), t.getTitle(),
                t.getMessage())).toList();
    }

    public record TemplateView(long id, String theme, String title, String message) {
    }

    @GET
    @Path("products")
    @Operation(summary = "Products on sale, popular first; optional category id and search text (brand or name)",
            description = "Each product lists its validity options with today's sale price; order with productId "
                    + "and one of those validityDays.")
    public ProductsView products(@QueryParam("page") @DefaultValue("0") Integer page,
                                 @QueryParam("size") @DefaultValue("20") Integer size,
                                 @QueryParam("category") Long category, @QueryParam("q") String text) {
        couponCompanyOnly();
        PageQuery q = PageQuery.of(validator, page, size);
        Page<CatalogBrowsing.Card> p = browsing.onSale(category, text, q.page(), q.size());
        return new ProductsView(p.page(), p.size(), p.total(), p.items().stream().map(c -> {
            CatalogBrowsing.Detail d = browsing.product(c.product().getId());
            return new ProductView(c.product().getId(), c.brandName(), c.product().getName(), c.product().getCategoryId(),
                    c.categoryName(), c.product().getFaceValue(), c.product().isCashable(), d.options().stream()
                    .map(o -> new OptionView(o.option().getValidityDays(), o.price())).toList());
        }).toList());
    }

    public record ProductsView(int page, int size, long total, List<ProductView> items) {
    }

    public record ProductView(long id, String brand, String name, long categoryId, String category, long faceValue,
                              boolean cashable, List<OptionView> options) {
    }

    public record OptionView(int validityDays, long price) {
    }
}
