<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.relay_client</name>
    <message>
      <source>The relay does not know this station yet: the district must publish its list of stations (it does at its next online sync after enrolling you).</source>
      <translation>Máy chủ trung chuyển chưa biết trạm này: trạm tổng hợp phải gửi danh sách trạm lên (việc này tự làm ở lần đồng bộ qua mạng kế tiếp sau khi đăng ký cho trạm).</translation>
    </message>
    <message>
      <source>The relay refuses this station: the district has revoked it.</source>
      <translation>Máy chủ trung chuyển từ chối trạm này: trạm tổng hợp đã thu hồi trạm.</translation>
    </message>
    <message>
      <source>The district has not connected to the relay yet.</source>
      <translation>Trạm tổng hợp chưa kết nối với máy chủ trung chuyển lần nào; hãy đồng bộ lại sau khi trạm tổng hợp đã đồng bộ qua mạng.</translation>
    </message>
    <message>
      <source>The relay has not been set up with the district's fingerprint yet.</source>
      <translation>Máy chủ trung chuyển chưa được thiết lập với mã nhận dạng của trạm tổng hợp.</translation>
    </message>
    <message>
      <source>The relay belongs to another district hub.</source>
      <translation>Máy chủ trung chuyển này thuộc về một trạm tổng hợp khác.</translation>
    </message>
    <message>
      <source>This station's bundles waiting on the relay fill its quota; the district must fetch them first.</source>
      <translation>Các gói của trạm này đang chờ trên máy chủ trung chuyển đã đầy hạn mức; trạm tổng hợp cần nhận chúng trước.</translation>
    </message>
    <message>
      <source>The relay refused the request's time; try again.</source>
      <translation>Máy chủ trung chuyển không chấp nhận thời điểm của yêu cầu; hãy thử lại.</translation>
    </message>
    <message>
      <source>No relay is set for this station; set one with “ketnghia sync relay ADDRESS”.</source>
      <translation>Trạm này chưa đặt máy chủ trung chuyển; hãy đặt bằng “ketnghia sync relay ĐỊA_CHỈ”.</translation>
    </message>
    <message>
      <source>The list of stations was published to the relay.</source>
      <translation>Đã gửi danh sách trạm lên máy chủ trung chuyển.</translation>
    </message>
    <message>
      <source>The relay {url} cannot be reached (no connection, or it is down); nothing was lost, and what waits is sent at the next sync.</source>
      <translation>Không kết nối được máy chủ trung chuyển {url} (không có mạng hoặc máy chủ đang tắt); không mất dữ liệu nào, phần còn chờ sẽ được gửi ở lần đồng bộ sau.</translation>
    </message>
    <message>
      <source>Sent {sent} bundles ({there} were already on the relay); received {got} bundles ({seen} had already come by file).</source>
      <translation>Đã gửi {sent} gói ({there} gói đã có sẵn trên máy chủ); đã nhận {got} gói ({seen} gói đã nhận trước đó bằng tệp).</translation>
    </message>
    <message>
      <source>The relay refused the request ({status} {code}).</source>
      <translation>Máy chủ trung chuyển từ chối yêu cầu ({status} {code}).</translation>
    </message>
  </context>
</TS>
