<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.receipt.items_tab</name>
    <message>
      <source>Add row</source>
      <translation>Thêm dòng</translation>
    </message>
    <message>
      <source>Remove row</source>
      <translation>Xóa dòng</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Hạng mục</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Đơn vị tính</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Số lượng</translation>
    </message>
    <message>
      <source>Unit price (đ)</source>
      <translation>Đơn giá (đ)</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Thành tiền</translation>
    </message>
    <message>
      <source>Handed out</source>
      <translation>Đã cấp phát</translation>
    </message>
    <message>
      <source>Total: —</source>
      <translation>Tổng cộng: —</translation>
    </message>
    <message>
      <source>Total: {amount}</source>
      <translation>Tổng cộng: {amount}</translation>
    </message>
    <message>
      <source>Handed out: {percent}% of the value</source>
      <translation>Đã cấp phát: {percent}% giá trị</translation>
    </message>
    <message>
      <source>{handed} of {quantity} {unit} ({percent}%)</source>
      <translation>{handed} / {quantity} {unit} ({percent}%)</translation>
    </message>
  </context>
</TS>
