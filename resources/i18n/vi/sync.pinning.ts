<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.pinning</name>
    <message>
      <source>This bundle was made by this station itself; it is meant for the other side.</source>
      <translation>Gói dữ liệu này do chính trạm này tạo ra; gói dành cho phía bên kia.</translation>
    </message>
    <message>
      <source>This station is already enrolled with another district hub. To move it to this hub, make a new enrollment request for re-enrollment first.</source>
      <translation>Trạm này đã đăng ký với một trạm tổng hợp khác. Muốn chuyển sang trạm tổng hợp này, trước hết hãy lập yêu cầu đăng ký lại.</translation>
    </message>
    <message>
      <source>This welcome bundle does not answer this station's latest enrollment request; it was made for another request or another station. Ask the district for the welcome to the request sent last.</source>
      <translation>Gói chào mừng này không trả lời yêu cầu đăng ký mới nhất của trạm này; nó được tạo cho một yêu cầu khác hoặc một trạm khác. Hãy xin trạm tổng hợp gói chào mừng cho yêu cầu gửi sau cùng.</translation>
    </message>
    <message>
      <source>A welcome bundle is accepted only with the district hub's fingerprint: ask the district officer to read it by phone and type it (ketnghia sync import WELCOME --hub-fingerprint DIGITS).</source>
      <translation>Gói chào mừng chỉ được nhận kèm mã nhận dạng của trạm tổng hợp: hãy nhờ cán bộ trạm tổng hợp đọc mã qua điện thoại rồi gõ vào (ketnghia sync import GÓI_CHÀO_MỪNG --hub-fingerprint DÃY_SỐ).</translation>
    </message>
    <message>
      <source>The district hub's fingerprint does not match this welcome bundle; do not accept it. Ask the district officer to read the digits on their stations page again.</source>
      <translation>Mã nhận dạng của trạm tổng hợp không khớp với gói chào mừng này; đừng nhận gói. Hãy nhờ cán bộ trạm tổng hợp đọc lại dãy số trên trang “Các trạm” của họ.</translation>
    </message>
    <message>
      <source>The bundle's manifest is malformed ({detail}).</source>
      <translation>Bản kê khai của gói dữ liệu sai cấu trúc ({detail}).</translation>
    </message>
  </context>
</TS>
