<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.sponsor_directory_page</name>
    <message>
      <source>New sponsor in the directory</source>
      <translation>Thêm đơn vị vào danh mục</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Tên đơn vị:</translation>
    </message>
    <message>
      <source>Short name:</source>
      <translation>Tên viết tắt:</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Loại đơn vị:</translation>
    </message>
    <message>
      <source>Staff:</source>
      <translation>Biên chế:</translation>
    </message>
    <message>
      <source>New sponsor…</source>
      <translation>Thêm đơn vị…</translation>
    </message>
    <message>
      <source>Confirm: it is this sponsor</source>
      <translation>Xác nhận là đơn vị này</translation>
    </message>
    <message>
      <source>Add to the directory</source>
      <translation>Thêm vào danh mục</translation>
    </message>
    <message>
      <source>Make a new entry of the directory from this commune's sponsor and match it.</source>
      <translation>Tạo đơn vị mới trong danh mục từ đơn vị kết nghĩa của xã này và đối chiếu luôn.</translation>
    </message>
    <message>
      <source>Undo the match</source>
      <translation>Bỏ đối chiếu</translation>
    </message>
    <message>
      <source>Each commune keeps its own copy of a sponsor. Confirm which entry of the directory each one is: the district's figures and reports count a sponsor once across its communes, and the communes receive the match by sync.</source>
      <translation>Mỗi xã ghi đơn vị kết nghĩa theo cách riêng. Hãy xác nhận mỗi đơn vị của xã là đơn vị nào trong danh mục: số liệu và báo cáo tổng hợp tính mỗi đơn vị một lần trên tất cả các xã, và các xã nhận kết quả đối chiếu qua đồng bộ.</translation>
    </message>
    <message>
      <source>Sponsor directory of the area</source>
      <translation>Danh mục đơn vị kết nghĩa của địa bàn</translation>
    </message>
    <message>
      <source>Year:</source>
      <translation>Năm:</translation>
    </message>
    <message>
      <source>Directory entry:</source>
      <translation>Đơn vị trong danh mục:</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>Tên viết tắt</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Biên chế</translation>
    </message>
    <message>
      <source>Communes</source>
      <translation>Các xã</translation>
    </message>
    <message>
      <source>Communes twinned this year</source>
      <translation>Số xã kết nghĩa trong năm</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Lượt tiếp nhận</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Giá trị</translation>
    </message>
    <message>
      <source>Sponsor of the commune</source>
      <translation>Đơn vị do xã ghi</translation>
    </message>
    <message>
      <source>Commune</source>
      <translation>Xã</translation>
    </message>
    <message>
      <source>Suggested entry</source>
      <translation>Gợi ý trong danh mục</translation>
    </message>
    <message>
      <source>Directory entry</source>
      <translation>Đơn vị trong danh mục</translation>
    </message>
    <message>
      <source>Confirmed by</source>
      <translation>Người xác nhận</translation>
    </message>
    <message>
      <source>Cannot save</source>
      <translation>Không lưu được</translation>
    </message>
    <message>
      <source>Choose the directory entry this sponsor is.</source>
      <translation>Hãy chọn đơn vị trong danh mục tương ứng với đơn vị này.</translation>
    </message>
    <message>
      <source>Not matched yet ({count})</source>
      <translation>Chưa đối chiếu ({count})</translation>
    </message>
    <message>
      <source>Matched ({count})</source>
      <translation>Đã đối chiếu ({count})</translation>
    </message>
    <message>
      <source>none looks like it</source>
      <translation>không có đơn vị giống</translation>
    </message>
  </context>
</TS>
