package com.bizbill.it;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

final class WebMessages {

    private WebMessages() {
    }

    static void waitForText(WebDriverWait wait, By where, String text) {
        // a whole-page submit replaces the node while it is read: Chromium then answers "Node with given id does not
        // belong to the document" (not a stale-element error); read again until the text is there or time is up
        wait.until(d -> {
            try {
                return d.findElement(where).getText().contains(text);
            } catch (org.openqa.selenium.WebDriverException e) {
                return false;
            }
        });
    }

    /** Whether {@code text} shows up in {@code where} within a few seconds (for press-until-it-works loops). */
    static boolean appeared(org.openqa.selenium.WebDriver driver, By where, String text) {
        try {
            new WebDriverWait(driver, java.time.Duration.ofSeconds(4))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(ExpectedConditions.textToBePresentInElementLocated(where, text));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }
}
