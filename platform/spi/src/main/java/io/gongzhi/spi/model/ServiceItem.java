package io.gongzhi.spi.model;

/**
 * An item of the service menu (一站式服务): what residents can apply for at the station.
 *
 * @param proxy whether staff or grid workers may handle it on the resident's behalf (代办)
 * @param limit how long handling may take
 */
public record ServiceItem(String code, Text name, String group, boolean proxy, TimeLimit limit) {}
