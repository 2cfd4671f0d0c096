package dev.akis.commerce.mock;

import dev.akis.commerce.mock.graphql.GraphqlSchema;
import java.util.Map;
import java.util.Set;

/**
 * The part of the İkas Admin API v2 schema the mock answers: the list queries for customers, orders and
 * products, with the fields documented for them. A query asking for anything else gets the validation error a
 * GraphQL server gives, so a client cannot come to rely on fields the mock does not really serve.
 */
final class IkasMockSchema {

    /** Root fields, the pagination type each returns, and the arguments each accepts. */
    static final Map<String, String> ROOT_TYPES = Map.of(
            "listCustomer", "CustomerPaginationResponse",
            "listOrder", "OrderPaginationResponse",
            "listProduct", "ProductPaginationResponse");

    static final Map<String, Set<String>> ROOT_ARGUMENTS = Map.of(
            "listCustomer", Set.of("id", "email", "phone", "pagination", "sort"),
            "listOrder", Set.of("id", "customerId", "orderNumber", "pagination", "sort"),
            "listProduct", Set.of("id", "pagination", "sort"));

    static final GraphqlSchema SCHEMA = new GraphqlSchema()
            .type("CustomerPaginationResponse", "count: Int", "data: [Customer]", "hasNext: Boolean", "limit: Int", "page: Int")
            .type("OrderPaginationResponse", "count: Int", "data: [Order]", "hasNext: Boolean", "limit: Int", "page: Int")
            .type("ProductPaginationResponse", "count: Int", "data: [Product]", "hasNext: Boolean", "limit: Int", "page: Int")
            .type("Customer", "id: ID", "firstName: String", "lastName: String", "fullName: String", "email: String",
                    "phone: String", "note: String", "preferredLanguage: String", "orderCount: Int",
                    "createdAt: Timestamp", "updatedAt: Timestamp", "deleted: Boolean", "accountStatus: String",
                    "isEmailVerified: Boolean", "isPhoneVerified: Boolean", "registrationSource: String",
                    "addresses: [CustomerAddress]")
            .type("CustomerAddress", "id: ID", "title: String", "firstName: String", "lastName: String", "phone: String",
                    "city: AddressCity", "district: AddressDistrict", "country: AddressCountry", "isDefault: Boolean")
            .type("AddressCity", "id: ID", "code: String", "name: String")
            .type("AddressDistrict", "id: ID", "code: String", "name: String")
            .type("AddressCountry", "id: ID", "code: String", "iso2: String", "iso3: String", "name: String")
            .type("Order", "id: ID", "orderNumber: String", "orderSequence: Int", "orderedAt: Timestamp",
                    "createdAt: Timestamp", "updatedAt: Timestamp", "cancelledAt: Timestamp", "status: String",
                    "orderPaymentStatus: String", "orderPackageStatus: String", "currencyCode: String",
                    "currencySymbol: String", "totalPrice: Float", "totalFinalPrice: Float", "customerId: ID",
                    "customer: OrderCustomer", "shippingAddress: OrderAddress", "billingAddress: OrderAddress",
                    "shippingMethod: String", "shippingLines: [OrderShippingLine]",
                    "paymentMethods: [OrderPaymentMethod]", "orderLineItems: [OrderLineItem]",
                    "orderPackages: [OrderPackage]", "note: String", "deleted: Boolean")
            .type("OrderCustomer", "id: ID", "email: String", "firstName: String", "lastName: String",
                    "fullName: String", "phone: String", "isGuestCheckout: Boolean", "preferredLanguage: String")
            .type("OrderAddress", "firstName: String", "lastName: String", "phone: String", "city: AddressCity",
                    "district: AddressDistrict", "country: AddressCountry")
            .type("OrderShippingLine", "title: String", "price: Float", "finalPrice: Float")
            .type("OrderPaymentMethod", "type: String", "price: Float", "paymentGatewayName: String")
            .type("OrderLineItem", "id: ID", "quantity: Int", "price: Float", "unitPrice: Float", "finalPrice: Float",
                    "finalUnitPrice: Float", "discountPrice: Float", "currencyCode: String", "status: String",
                    "variant: OrderLineVariant")
            .type("OrderLineVariant", "id: ID", "name: String", "sku: String", "productId: ID",
                    "variantValues: [OrderLineVariantValue]")
            .type("OrderLineVariantValue", "order: Int", "variantTypeName: String", "variantValueName: String")
            .type("OrderPackage", "id: ID", "orderPackageNumber: String", "orderLineItemIds: [String]",
                    "orderPackageFulfillStatus: String", "stockLocationId: ID", "note: String", "errorMessage: String",
                    "deleted: Boolean", "trackingInfo: TrackingInfo")
            .type("TrackingInfo", "trackingNumber: String", "trackingLink: String", "cargoCompany: String",
                    "cargoCompanyId: String", "barcode: String", "isSendNotification: Boolean")
            .type("Product", "id: ID", "name: String", "description: String", "shortDescription: String",
                    "type: String", "tagIds: [String]", "tags: [ProductTag]", "attributes: [ProductAttributeValue]",
                    "variants: [Variant]", "totalStock: Int", "deleted: Boolean")
            .type("ProductTag", "id: ID", "name: String")
            .type("ProductAttributeValue", "productAttributeId: ID", "value: String")
            .type("Variant", "id: ID", "sku: String", "isActive: Boolean", "prices: [ProductPrice]",
                    "variantValues: [VariantValue]", "stocks: [VariantStock]")
            .type("ProductPrice", "sellPrice: Float", "discountPrice: Float", "buyPrice: Float", "currency: String")
            .type("VariantValue", "order: Int", "variantTypeName: String", "variantValueName: String")
            .type("VariantStock", "stockLocationId: ID", "stockCount: Int");

    private IkasMockSchema() {
    }
}
