package com.bizbill.shared.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

public class BizbillExceptionHandlerFactory extends ExceptionHandlerFactory {

    public BizbillExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new BizbillExceptionHandler(getWrapped().getExceptionHandler());
    }
}
