<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.cli.relay</name>
    <message>
      <source>the relay server for online sync</source>
      <translation>máy chủ trung chuyển cho đồng bộ qua mạng</translation>
    </message>
    <message>
      <source>serve the relay over HTTP</source>
      <translation>chạy máy chủ trung chuyển qua HTTP</translation>
    </message>
    <message>
      <source>folder where the relay keeps bundles</source>
      <translation>thư mục máy chủ trung chuyển lưu các gói</translation>
    </message>
    <message>
      <source>address to listen on</source>
      <translation>địa chỉ lắng nghe</translation>
    </message>
    <message>
      <source>port to listen on</source>
      <translation>cổng lắng nghe</translation>
    </message>
    <message>
      <source>the hub's fingerprint, read out by the district officer</source>
      <translation>mã nhận dạng của trạm tổng hợp, do cán bộ trạm tổng hợp đọc</translation>
    </message>
    <message>
      <source>what one station may keep waiting (MB)</source>
      <translation>dung lượng gói chờ tối đa của một trạm (MB)</translation>
    </message>
    <message>
      <source>The relay needs its extra libraries: pip install “ketnghia[relay]”.</source>
      <translation>Máy chủ trung chuyển cần thêm thư viện: pip install “ketnghia[relay]”.</translation>
    </message>
    <message>
      <source>This relay folder is pinned to another district hub; use another folder.</source>
      <translation>Thư mục này của máy chủ trung chuyển đã gắn với một trạm tổng hợp khác; hãy dùng thư mục khác.</translation>
    </message>
  </context>
</TS>
