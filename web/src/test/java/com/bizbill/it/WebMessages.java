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
}
