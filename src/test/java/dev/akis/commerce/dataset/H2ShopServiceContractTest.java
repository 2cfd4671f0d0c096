package dev.akis.commerce.dataset;

import dev.akis.commerce.ShopService;
import dev.akis.commerce.ShopServiceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shop contract, answered in process from H2. */
class H2ShopServiceContractTest extends ShopServiceContract {

    private static ShopDatabase database;

    @BeforeAll
    static void open() {
        database = ShopDatabase.openDefault();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    protected ShopService shop() {
        return new H2ShopService(database);
    }
}
