package org.xingfeng.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.PersonalData;

class PersonalDataTest {

    @Test
    void namesKeepTheirFirstCharacter() {
        assertEquals("张*", PersonalData.maskName("张三"));
        assertEquals("欧***", PersonalData.maskName("欧阳娜娜"));
        assertEquals("李*", PersonalData.maskName("李"));
        assertEquals("𠀀*", PersonalData.maskName("𠀀明"));
        assertNull(PersonalData.maskName(null));
    }

    @Test
    void phonesKeepPrefixAndLastFour() {
        assertEquals("138****1234", PersonalData.maskPhone("13812341234"));
        assertEquals("******34", PersonalData.maskPhone("08161234"));
        assertEquals("**", PersonalData.maskPhone("12"));
    }

    @Test
    void idNumbersKeepFourAndFour() {
        assertEquals("5107**********1234", PersonalData.maskIdNumber("510722199001011234"));
        assertEquals("********", PersonalData.maskIdNumber("12345678"));
    }
}
