package org.a64wb.gdbstub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.a64wb.gdbstub.target.RegisterLayout;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * target.xml names, sizes and numbers against gdb's own AArch64 features (gdb/features/aarch64-core.xml,
 * aarch64-fpu.xml, as gdb 13 prints them with {@code maint print xml-tdesc} from QEMU's stub).
 */
class TargetDescriptionTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void registersAreNumberedSizedAndNamedAsGdbExpects() throws Exception {
        RegisterLayout layout = RegisterLayout.aarch64("org.a64wb.sys", List.of(new RegisterLayout.Extra("SCTLR_EL1", "system")));
        Document d = parse(layout.targetXml());
        assertEquals("aarch64", d.getElementsByTagName("architecture").item(0).getTextContent());
        NodeList features = d.getElementsByTagName("feature");
        assertEquals("org.gnu.gdb.aarch64.core", ((Element) features.item(0)).getAttribute("name"));
        assertEquals("org.gnu.gdb.aarch64.fpu", ((Element) features.item(1)).getAttribute("name"));
        NodeList regs = d.getElementsByTagName("reg");
        assertEquals(layout.count(), regs.getLength());
        int regnum = 0;
        for (int i = 0; i < regs.getLength(); i++) {
            Element r = (Element) regs.item(i);
            if (!r.getAttribute("regnum").isEmpty()) {
                regnum = Integer.parseInt(r.getAttribute("regnum"));
            }
            String expected = regnum <= 30 ? "x" + regnum : regnum == 31 ? "sp" : regnum == 32 ? "pc" : regnum == 33 ? "cpsr"
                    : regnum < 66 ? "v" + (regnum - 34) : regnum == 66 ? "fpsr" : regnum == 67 ? "fpcr" : "SCTLR_EL1";
            assertEquals(expected, r.getAttribute("name"), "register " + regnum);
            assertEquals(8 * layout.bytes(regnum), Integer.parseInt(r.getAttribute("bitsize")), expected);
            regnum++;
        }
        Element sp = (Element) regs.item(31);
        assertEquals("data_ptr", sp.getAttribute("type"));
        assertEquals("code_ptr", ((Element) regs.item(32)).getAttribute("type"));
        assertEquals("aarch64v", ((Element) regs.item(34)).getAttribute("type"));
    }
}
