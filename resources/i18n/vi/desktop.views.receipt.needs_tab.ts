<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.receipt.needs_tab</name>
    <message>
      <source>Needs of the proposal this receipt fulfils. Tick the items that answer each need: the value counted follows from them.</source>
      <translation>Các nhu cầu đã đề xuất mà lượt tiếp nhận này đáp ứng. Đánh dấu mặt hàng đáp ứng từng nhu cầu: giá trị tính cho nhu cầu theo các mặt hàng đó.</translation>
    </message>
    <message>
      <source>— choose a need —</source>
      <translation>— chọn nhu cầu —</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Liên kết</translation>
    </message>
    <message>
      <source>Remove link</source>
      <translation>Bỏ liên kết</translation>
    </message>
    <message>
      <source>counted when saved</source>
      <translation>tính khi lưu</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Nhu cầu</translation>
    </message>
    <message>
      <source>Value counted (đ)</source>
      <translation>Giá trị tính (đ)</translation>
    </message>
    <message>
      <source>Quantity counted</source>
      <translation>Số lượng tính</translation>
    </message>
    <message>
      <source>Fulfilment</source>
      <translation>Mức đáp ứng</translation>
    </message>
    <message>
      <source>Which items answer which need</source>
      <translation>Mặt hàng nào đáp ứng nhu cầu nào</translation>
    </message>
    <message>
      <source>(incomplete row)</source>
      <translation>(dòng chưa đủ)</translation>
    </message>
    <message>
      <source>{received} of {cost} ({percent}%)</source>
      <translation>{received} / {cost} ({percent}%)</translation>
    </message>
    <message>
      <source>{received} received</source>
      <translation>đã nhận {received}</translation>
    </message>
    <message>
      <source>fulfilled</source>
      <translation>đã đáp ứng đủ</translation>
    </message>
  </context>
</TS>
