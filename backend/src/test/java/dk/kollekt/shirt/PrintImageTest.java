package dk.kollekt.shirt;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import static dk.kollekt.common.Api.anonymous;
import static dk.kollekt.common.Api.as;
import static dk.kollekt.common.Api.asSendingInvalid;
import static dk.kollekt.shirt.ShirtTestData.openCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class PrintImageTest {

    @Inject
    EntityManager em;

    private static byte[] image(String format, int size) throws IOException {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < size; x++) {
            img.setRGB(x, x, 0xC8102E);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private long storedImages(long campaignId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM shirt_print_image WHERE campaign_id = ?1")
                .setParameter(1, campaignId).getSingleResult()).longValue());
    }

    @Test
    void anAdminUploadsAPrintThatAnyoneCanShowAndCache() throws IOException {
        long campaignId = openCampaign("Image");
        byte[] png = image("png", 64);
        String url = as("ada").contentType("image/png").body(png)
                .when().put("/api/shirt-campaigns/{id}/image", campaignId)
                .then().statusCode(200)
                .body("imageUrl", startsWith("/api/shirt-campaigns/" + campaignId + "/image?v="))
                .extract().path("imageUrl");
        String etag = anonymous().get(url).then().statusCode(200)
                .contentType("image/png")
                .header("Cache-Control", containsString("immutable"))
                .extract().header("ETag");
        // Read without the contract filter, which reads bodies as text.
        byte[] served = RestAssured.get(url).then().statusCode(200).extract().asByteArray();
        assertThat(served).isEqualTo(png);
        anonymous().header("If-None-Match", etag).get(url).then().statusCode(304);

        byte[] jpeg = image("jpg", 32);
        as("ada").contentType("image/jpeg").body(jpeg)
                .when().put("/api/shirt-campaigns/{id}/image", campaignId).then().statusCode(200);
        anonymous().get("/api/shirt-campaigns/{id}/image", campaignId).then().statusCode(200)
                .contentType("image/jpeg");
        assertThat(storedImages(campaignId)).isEqualTo(1);
    }

    @Test
    void badTypesOversizedAndDamagedFilesAreRefusedAndNothingIsStored() throws IOException {
        long campaignId = openCampaign("Bad images");
        byte[] png = image("png", 64);
        asSendingInvalid("ada").contentType("text/plain").body("not an image")
                .when().put("/api/shirt-campaigns/{id}/image", campaignId)
                .then().statusCode(415).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Type"));
        as("ada").contentType("image/png").body("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes())
                .when().put("/api/shirt-campaigns/{id}/image", campaignId)
                .then().statusCode(415).body("detail", containsString("not a PNG, JPEG or WebP"));
        as("ada").contentType("image/jpeg").body(png)
                .when().put("/api/shirt-campaigns/{id}/image", campaignId)
                .then().statusCode(415).body("errors[0].message", containsString("image/png"));
        as("ada").contentType("image/png").body(Arrays.copyOf(png, png.length / 2))
                .when().put("/api/shirt-campaigns/{id}/image", campaignId)
                .then().statusCode(400).body("detail", containsString("damaged"));
        asSendingInvalid("ada").contentType("image/png").body(new byte[0])
                .when().put("/api/shirt-campaigns/{id}/image", campaignId)
                .then().statusCode(400).body("detail", containsString("empty"));
        byte[] tooLarge = Arrays.copyOf(png, PrintImages.MAX_BYTES + 1);
        as("ada").contentType("image/png").body(tooLarge)
                .when().put("/api/shirt-campaigns/{id}/image", campaignId)
                .then().statusCode(413).body("detail", containsString("2 MB"));
        assertThat(storedImages(campaignId)).isZero();
        as("emma").get("/api/shirt-campaigns/{id}", campaignId).then().body("imageUrl", nullValue());
        anonymous().get("/api/shirt-campaigns/{id}/image", campaignId).then().statusCode(404);

        as("emma").contentType("image/png").body(png)
                .when().put("/api/shirt-campaigns/{id}/image", campaignId).then().statusCode(403);
        assertThat(storedImages(campaignId)).isZero();
    }
}
