<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.enrollment</name>
    <message>
      <source>Only a commune station sends an enrollment request.</source>
      <translation>Chỉ trạm cấp xã mới gửi yêu cầu đăng ký.</translation>
    </message>
    <message>
      <source>This station is already enrolled with its district hub. Only when the district tells you to move to a new hub, make a request for re-enrollment (ketnghia sync enroll-request --re-enroll).</source>
      <translation>Trạm này đã đăng ký với trạm tổng hợp. Chỉ khi trạm tổng hợp yêu cầu chuyển sang trạm tổng hợp mới, hãy lập yêu cầu đăng ký lại (ketnghia sync enroll-request --re-enroll).</translation>
    </message>
    <message>
      <source>This file is a bundle, not an enrollment request.</source>
      <translation>Tệp này là gói dữ liệu, không phải yêu cầu đăng ký.</translation>
    </message>
    <message>
      <source>Only a district hub enrolls stations.</source>
      <translation>Chỉ trạm tổng hợp mới đăng ký các trạm.</translation>
    </message>
    <message>
      <source>The fingerprint does not match the request; do not enroll this station. Ask the commune to read the digits shown on its screen again.</source>
      <translation>Mã nhận dạng không khớp với yêu cầu; không đăng ký trạm này. Hãy đề nghị xã đọc lại dãy số hiện trên màn hình của xã.</translation>
    </message>
    <message>
      <source>Only a district hub revokes stations.</source>
      <translation>Chỉ trạm tổng hợp mới thu hồi trạm.</translation>
    </message>
    <message>
      <source>This station was already revoked.</source>
      <translation>Trạm này đã bị thu hồi trước đó.</translation>
    </message>
    <message>
      <source>This station was revoked; set the PC up again as a new station and send a new request.</source>
      <translation>Trạm này đã bị thu hồi; hãy thiết lập máy thành trạm mới và gửi yêu cầu đăng ký mới.</translation>
    </message>
    <message>
      <source>Another station with this identity is already enrolled.</source>
      <translation>Đã có một trạm khác đăng ký với danh tính này.</translation>
    </message>
    <message>
      <source>This station is already enrolled and has sent bundles.</source>
      <translation>Trạm này đã đăng ký và đã gửi gói dữ liệu.</translation>
    </message>
    <message>
      <source>{unit} is not a commune of this hub's area.</source>
      <translation>{unit} không phải là xã thuộc địa bàn của trạm này.</translation>
    </message>
    <message>
      <source>No enrolled station has the id {id}.</source>
      <translation>Không có trạm đã đăng ký nào mang mã {id}.</translation>
    </message>
  </context>
</TS>
