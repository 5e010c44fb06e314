package com.bizbill.it;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

final class WebMessages {

    private WebMessages() {
    }

    static void waitForText(WebDriverWait wait, By where, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(where, text));
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
