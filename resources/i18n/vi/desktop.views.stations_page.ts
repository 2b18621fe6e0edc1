<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.stations_page</name>
    <message>
      <source>none</source>
      <translation>không có</translation>
    </message>
    <message>
      <source>no bundle yet</source>
      <translation>chưa có gói nào</translation>
    </message>
    <message>
      <source>active</source>
      <translation>đang hoạt động</translation>
    </message>
    <message>
      <source>{held} changes held: a bundle before change {seq} is missing</source>
      <translation>{held} thay đổi đang chờ: thiếu gói chứa thay đổi số {seq}</translation>
    </message>
    <message>
      <source>no. {number}, {when}</source>
      <translation>số {number}, {when}</translation>
    </message>
    <message>
      <source>Commune</source>
      <translation>Xã</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>Trạm</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>Cán bộ phụ trách</translation>
    </message>
    <message>
      <source>Enrolled</source>
      <translation>Ngày đăng ký</translation>
    </message>
    <message>
      <source>Last bundle</source>
      <translation>Gói gần nhất</translation>
    </message>
    <message>
      <source>Gaps</source>
      <translation>Gói còn thiếu</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Mã</translation>
    </message>
    <message>
      <source>Held changes</source>
      <translation>Thay đổi đang chờ</translation>
    </message>
    <message>
      <source>Needs proposal</source>
      <translation>Đề xuất nhu cầu</translation>
    </message>
    <message>
      <source>Silence</source>
      <translation>Im lặng</translation>
    </message>
    <message>
      <source>Enroll a commune station</source>
      <translation>Đăng ký trạm của xã</translation>
    </message>
    <message>
      <source>Commune:</source>
      <translation>Xã:</translation>
    </message>
    <message>
      <source>Station:</source>
      <translation>Trạm:</translation>
    </message>
    <message>
      <source>Officer:</source>
      <translation>Cán bộ phụ trách:</translation>
    </message>
    <message>
      <source>the 30 digits the commune officer reads out</source>
      <translation>30 chữ số cán bộ xã đọc qua điện thoại</translation>
    </message>
    <message>
      <source>Change…</source>
      <translation>Đổi…</translation>
    </message>
    <message>
      <source>Enroll and write the welcome bundle</source>
      <translation>Đăng ký và ghi gói chào mừng</translation>
    </message>
    <message>
      <source>Folder for the welcome bundle</source>
      <translation>Thư mục lưu gói chào mừng</translation>
    </message>
    <message>
      <source>Enroll from a request file…</source>
      <translation>Đăng ký từ tệp yêu cầu…</translation>
    </message>
    <message>
      <source>Revoke the selected station…</source>
      <translation>Thu hồi trạm đã chọn…</translation>
    </message>
    <message>
      <source>When a commune imports its welcome bundle, read these digits to the commune officer by phone; the welcome is accepted only with them.</source>
      <translation>Khi xã nhập gói chào mừng, hãy đọc dãy số này cho cán bộ xã qua điện thoại; gói chào mừng chỉ được nhận khi có dãy số này.</translation>
    </message>
    <message>
      <source>Enrollment request of a commune</source>
      <translation>Tệp yêu cầu đăng ký của xã</translation>
    </message>
    <message>
      <source>Enrolling the station…</source>
      <translation>Đang đăng ký trạm…</translation>
    </message>
    <message>
      <source>Revoke a station</source>
      <translation>Thu hồi trạm</translation>
    </message>
    <message>
      <source>revoked on {date}</source>
      <translation>đã thu hồi ngày {date}</translation>
    </message>
    <message>
      <source>sent on time</source>
      <translation>gửi đúng hạn</translation>
    </message>
    <message>
      <source>sent late</source>
      <translation>gửi trễ hạn</translation>
    </message>
    <message>
      <source>not sent</source>
      <translation>chưa gửi</translation>
    </message>
    <message>
      <source>not yet due</source>
      <translation>chưa đến hạn</translation>
    </message>
    <message>
      <source>sent, still held here</source>
      <translation>đã gửi, đang chờ gói còn thiếu</translation>
    </message>
    <message>
      <source>The welcome bundle will be written to:</source>
      <translation>Gói chào mừng sẽ được ghi vào:</translation>
    </message>
    <message>
      <source>Communes of the area</source>
      <translation>Các xã trên địa bàn</translation>
    </message>
    <message>
      <source>Enrolled stations</source>
      <translation>Các trạm đã đăng ký</translation>
    </message>
    <message>
      <source>{held} held, waiting for bundle no. {number} of {station}</source>
      <translation>{held} thay đổi đang chờ gói số {number} của trạm {station}</translation>
    </message>
    <message>
      <source>enrolled</source>
      <translation>đã đăng ký</translation>
    </message>
    <message>
      <source>no station</source>
      <translation>chưa có trạm</translation>
    </message>
    <message>
      <source>Call the commune officer. They read the fingerprint shown on their “Exchange with the {level}” page; type it here. It must match the digits below, which come from the request file.</source>
      <translation>Gọi điện cho cán bộ xã. Cán bộ xã đọc mã nhận diện hiện trên trang “Trao đổi với {level}” của máy xã; nhập các chữ số đó vào đây. Các chữ số phải khớp với dãy số bên dưới, lấy từ tệp yêu cầu.</translation>
    </message>
    <message>
      <source>The digits match.</source>
      <translation>Các chữ số khớp nhau.</translation>
    </message>
    <message>
      <source>Fingerprint of this {level} hub</source>
      <translation>Mã nhận dạng của trạm {level} này</translation>
    </message>
    <message>
      <source>{total} communes; {enrolled} with a station, {late} without the needs proposal by the deadline, {silent} silent, {held} waiting for a missing bundle.</source>
      <translation>{total} xã, phường; {enrolled} xã đã có trạm, {late} xã chưa gửi đề xuất nhu cầu đúng hạn, {silent} xã im lặng, {held} xã đang chờ gói bị thiếu.</translation>
    </message>
    <message>
      <source>{stations} active stations in {communes} communes; {revoked} revoked.</source>
      <translation>{stations} trạm đang hoạt động tại {communes} xã; {revoked} trạm đã thu hồi.</translation>
    </message>
    <message>
      <source>Sổ Kết Nghĩa bundles (*{ext})</source>
      <translation>Gói dữ liệu Sổ Kết Nghĩa (*{ext})</translation>
    </message>
    <message>
      <source>Station “{name}” is enrolled. Give the commune the welcome bundle: {path} — and read them the fingerprint of this {level} hub by phone: {digits}</source>
      <translation>Đã đăng ký trạm “{name}”. Hãy chuyển cho xã gói chào mừng: {path} — và đọc cho xã mã nhận dạng của trạm {level} này qua điện thoại: {digits}</translation>
    </message>
    <message>
      <source>Revoke the station “{name}” of {commune}? Every bundle it makes from now on will be refused. Do this for a lost or replaced PC; it cannot be undone.</source>
      <translation>Thu hồi trạm “{name}” của {commune}? Mọi gói dữ liệu trạm này tạo từ nay sẽ bị từ chối. Chỉ làm việc này khi máy bị mất hoặc được thay; không thể hoàn tác.</translation>
    </message>
    <message>
      <source>Station “{name}” is revoked; its bundles will be refused.</source>
      <translation>Đã thu hồi trạm “{name}”; các gói dữ liệu của trạm này sẽ bị từ chối.</translation>
    </message>
    <message>
      <source>The digits do not match: do not enroll this station.</source>
      <translation>Các chữ số không khớp: không đăng ký trạm này.</translation>
    </message>
    <message>
      <source>silent for {days} days</source>
      <translation>{days} ngày không gửi gì</translation>
    </message>
    <message>
      <source>{count} of {total} digits typed.</source>
      <translation>Đã nhập {count}/{total} chữ số.</translation>
    </message>
  </context>
</TS>
